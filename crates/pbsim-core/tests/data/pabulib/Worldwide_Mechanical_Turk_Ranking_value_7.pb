META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_7
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_7
num_projects;20
num_votes;78
budget;500000
vote_type;ordinal
rule;unknown
date_begin;2022
date_end;2022
min_length;20
max_length;20
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;score;name;category;description
21;119400;78;1122;Planting trees in the city;Environment, public health & safety;Street trees cool the city, absorb pollution, & make our neighborhoods more livable! planting 100 new trees & building tree wells in the areas that need them most.
3;27000;78;1070;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
22;320000;78;1045;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
23;40000;78;1010;5 Water Bottle Refill Stations;Environment, public health & safety;At a water bottle refill station you get a healthy drink for free.
12;50000;78;942;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
41;110000;78;928;Protect the Health and Safety of our Firefighters;Facilities, parks & recreation;This proposal will purchase and install six gear drying units to shorten wait time for clean gear ($51,000), and eleven sets of wireless headsets to protect hearing and improve communication ($55,000). Let’s protect those who protect us.
31;8000;78;911;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
37;305000;78;854;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
50;200000;78;850;New Playground for public school;Education;Playground should include a jungle gym, and other equipment for kids to play different games.
42;190000;78;841;New Chairs for Public Schools;Education;New Chairs for Public Schools
14;25000;78;838;Benches for a Walkable City;Streets, Sidewalks & Transit;Install 12 benches across town so that people of all ages and abilities can enjoy benches for resting, talking, tinkering with electronic devices, people watching, and being outdoors (3 of which are shown in the map).
47;200000;78;830;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
13;24000;78;821;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
2;13000;78;773;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
33;65000;78;764;Outdoor Fitness Equipment in the public park;Facilities, parks & recreation;Install outdoor body-weight fitness equipment for stretching, strength building, and plyometric exercises.
43;150000;78;629;Invention and Production of Music;Education;Install music studios and equipment at the Youth Centers to inspire creativity, enable pre-teens and teens to express their skills and passions, and provide youth with another recreational outlet.
8;250000;78;623;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
5;75000;78;535;Digital Sign at City Hall in Multiple Languages;Culture & community;Digital sign that will scroll announcements in multiple languages and welcome people to town.
36;61000;78;527;Volleyball Court in the public park;Facilities, parks & recreation;Creating an outdoor volleyball court would be an exciting addition to the city. The court would have sand and a sturdy net for three-season usage.
15;20000;78;467;Urban Bicycle Wash Stations;Streets, Sidewalks & Transit;Bicycle owners need to clean and care for their bikes, ideally monthly. But for apartment dwellers, this is really hard! These centrally located bicycle wash stations would allow bicycle owners to wash off dirt, grime, and salt from their bikes.
VOTES
voter_id;vote;age;sex;education
1575;21,23,22,3,12,31,37,47,43,33,41,14,2,8,50,13,5,42,36,15;42;F;Graduate degree
2094;12,3,22,31,41,23,14,15,2,33,8,21,36,50,13,43,37,42,5,47;21;F;College
1593;41,37,33,23,3,2,42,47,21,50,8,43,12,14,15,13,5,36,22,31;40;F;Graduate degree
1594;31,37,3,22,41,33,23,42,12,14,8,47,36,21,13,50,2,5,15,43;70;F;College
1086;22,23,31,14,15,43,5,21,47,41,8,37,33,3,42,2,50,13,36,12;32;M;College
1600;21,23,22,12,33,2,47,42,13,50,3,5,43,36,31,15,14,37,8,41;40;M;Graduate degree
1090;3,50,14,47,2,13,15,31,42,22,8,36,37,33,21,41,12,5,43,23;24;M;Graduate degree
1604;41,12,21,37,33,14,3,36,23,43,2,22,42,50,13,47,5,8,31,15;48;M;College
2120;22,23,15,8,5,50,12,13,31,3,43,42,33,37,41,14,21,36,47,2;32;M;College
1609;23,37,50,15,47,33,12,8,13,43,21,5,14,2,22,36,41,42,31,3;27;F;Graduate degree
1610;21,31,14,12,8,41,3,42,37,2,50,13,33,5,47,43,36,22,23,15;26;F;College
1612;23,22,36,47,14,41,21,5,8,43,50,2,12,33,13,42,3,15,37,31;34;F;College
1616;21,33,22,50,14,3,8,2,31,41,15,37,42,5,36,47,12,13,23,43;28;M;Graduate degree
1617;42,47,50,41,31,12,3,21,22,14,23,2,13,33,43,15,37,8,36,5;50;M;College
1624;21,47,2,3,22,42,23,43,41,12,15,31,5,13,50,37,8,14,33,36;22;M;College
2137;22,41,50,37,12,21,42,47,3,33,8,23,14,43,13,36,31,2,15,5;43;F;Graduate degree
2169;21,23,3,22,13,8,41,31,5,37,2,47,12,33,50,15,43,36,42,14;18;M;College
1670;21,23,36,33,3,43,37,50,42,13,47,14,12,2,31,8,41,22,15,5;30;F;Graduate degree
2200;37,50,23,3,41,47,13,42,43,2,12,33,36,21,22,8,14,31,15,5;42;M;Graduate degree
1689;3,21,13,41,31,50,8,42,37,15,14,23,2,22,12,47,33,43,36,5;28;F;Graduate degree
2232;12,3,43,31,41,50,13,37,33,47,8,14,2,36,21,23,42,22,15,5;34;M;College
2243;42,23,8,37,12,50,14,22,2,36,21,13,47,3,31,43,5,41,15,33;57;M;College
1760;21,22,3,12,42,31,41,47,50,33,43,14,36,37,23,13,8,2,15,5;45;F;College
1770;31,23,22,41,14,5,47,43,15,2,12,8,50,21,33,13,36,37,42,3;41;M;Graduate degree
2282;41,3,50,42,31,2,5,23,13,15,14,12,33,22,37,36,43,21,47,8;40;F;High School/GED
1772;31,23,12,47,22,37,42,15,21,13,8,14,33,3,5,2,50,41,36,43;25;M;College
1774;33,21,3,13,31,2,47,8,43,15,36,42,14,37,23,12,5,22,50,41;45;M;High School/GED
2295;12,21,3,14,13,37,33,31,23,22,41,5,8,42,50,2,36,43,47,15;55;F;Graduate degree
1805;21,22,23,12,14,15,5,8,33,37,13,47,43,36,41,3,42,2,31,50;26;F;Graduate degree
2327;31,22,23,47,14,36,41,3,21,13,42,8,2,12,33,15,50,43,5,37;37;M;College
2359;3,22,21,12,13,8,2,23,41,33,47,50,37,42,14,31,15,36,43,5;23;M;College
1851;22,21,3,23,2,41,12,31,50,47,8,43,13,14,42,36,37,33,15,5;27;M;Graduate degree
2385;13,3,33,37,42,47,50,23,21,22,36,43,12,31,5,41,8,14,15,2;23;M;Graduate degree
855;3,22,14,36,33,42,21,47,50,13,23,37,12,31,41,5,43,2,15,8;30;F;Graduate degree
856;3,37,50,42,36,33,12,47,23,13,41,43,2,5,14,15,22,8,21,31;32;F;College
857;22,13,31,47,37,15,42,50,43,8,12,41,3,33,5,23,21,36,2,14;53;M;Graduate degree
859;3,42,14,47,31,33,43,41,12,22,50,21,13,15,37,23,5,8,2,36;27;M;College
860;2,8,3,43,37,12,21,13,23,50,14,47,41,33,42,22,36,31,5,15;23;M;College
861;37,22,12,42,14,21,3,2,50,23,41,13,47,8,33,5,31,43,36,15;53;F;College
862;41,31,13,12,47,3,42,50,23,37,14,22,21,2,8,33,36,5,15,43;57;F;College
863;3,2,8,5,21,31,22,23,47,50,43,42,33,41,37,36,13,12,15,14;30;M;Graduate degree
864;21,42,14,31,47,41,3,2,22,15,43,37,13,8,23,5,50,36,33,12;33;M;Graduate degree
865;3,21,23,2,8,5,22,13,37,42,47,15,43,50,41,12,36,31,14,33;30;M;Graduate degree
2402;2,8,13,41,31,15,23,12,36,43,22,21,5,3,47,14,42,33,50,37;23;M;College
866;3,31,22,2,5,12,15,42,43,47,33,8,13,41,36,14,50,21,23,37;30;M;Graduate degree
867;3,22,31,23,2,5,13,15,41,33,36,50,47,43,42,21,12,8,14,37;28;F;Graduate degree
869;3,33,37,21,22,23,31,47,50,12,43,14,13,5,42,41,2,36,8,15;35;M;Graduate degree
870;21,31,14,23,36,22,41,13,50,5,43,12,37,8,2,47,33,15,42,3;33;M;Graduate degree
871;21,31,14,23,22,41,13,37,47,36,3,42,15,5,50,8,43,33,2,12;33;M;Graduate degree
2427;12,21,22,33,14,13,31,23,41,3,47,37,2,42,5,8,50,36,15,43;26;M;Graduate degree
895;37,41,50,42,21,14,12,31,23,22,3,47,5,13,2,8,43,36,33,15;35;F;College
896;23,8,41,37,2,14,13,15,36,12,22,50,31,43,42,33,3,21,5,47;30;M;College
897;22,21,23,42,50,37,41,31,33,36,14,12,2,3,43,13,5,47,15,8;30;M;Graduate degree
898;41,43,22,14,23,13,15,50,31,33,3,21,2,12,36,42,47,8,5,37;56;F;High School/GED
900;21,22,12,42,23,47,33,5,36,31,2,13,50,37,3,41,8,14,15,43;24;M;High School/GED
902;41,22,5,3,37,21,13,12,31,42,14,50,47,43,15,23,36,2,33,8;34;M;High School/GED
903;21,3,2,42,31,33,50,8,23,47,5,37,13,15,12,41,14,22,43,36;35;M;Graduate degree
904;12,37,42,50,14,21,13,33,47,41,31,3,2,5,36,22,23,43,8,15;56;M;Graduate degree
905;21,12,2,50,43,31,22,42,3,37,8,41,47,14,5,33,13,23,36,15;45;M;Graduate degree
906;21,12,14,50,23,22,2,33,31,13,36,3,42,37,41,8,47,43,5,15;29;F;Graduate degree
907;42,47,3,2,37,50,43,21,13,33,22,14,12,15,31,8,5,23,41,36;41;M;Graduate degree
910;41,3,12,31,22,23,8,21,43,42,50,36,14,37,47,2,33,13,15,5;30;M;High School/GED
911;21,13,14,23,12,22,41,2,8,42,37,50,5,15,3,31,33,36,43,47;20;F;Graduate degree
916;22,21,37,3,41,33,31,23,14,36,47,5,42,2,13,15,50,8,43,12;39;F;Graduate degree
2458;37,50,21,47,23,14,33,42,13,3,8,41,5,43,12,31,2,36,22,15;38;F;College
927;47,12,41,31,21,14,33,2,37,23,3,13,43,5,42,8,36,50,15,22;20;M;High School/GED
955;41,13,21,50,42,33,2,22,37,5,3,23,43,36,12,14,31,8,47,15;59;F;Graduate degree
2493;12,3,42,2,5,21,50,22,23,14,33,31,47,43,37,13,36,41,8,15;20;M;High School/GED
963;23,13,5,22,21,37,31,50,12,3,43,14,2,47,15,33,41,42,36,8;36;M;Graduate degree
978;23,31,12,3,50,47,37,43,14,15,36,21,2,42,41,22,8,33,5,13;35;M;Graduate degree
2515;3,12,23,13,47,21,14,22,50,8,41,42,37,2,36,33,43,31,15,5;51;M;College
981;3,41,13,12,22,31,21,23,50,14,33,36,37,5,43,2,42,8,47,15;34;M;High School/GED
1496;21,3,2,41,23,43,42,47,50,31,22,8,14,33,12,15,37,5,36,13;33;M;Graduate degree
2013;21,43,22,23,31,15,14,41,13,36,42,37,47,12,50,33,3,5,2,8;26;F;Graduate degree
2528;21,3,41,33,50,2,36,14,12,31,22,42,37,23,15,5,13,8,43,47;40;M;Graduate degree
2017;37,41,43,47,23,22,42,33,21,3,2,31,13,8,5,50,12,36,14,15;42;F;College
995;22,33,47,14,12,5,37,2,36,21,41,43,15,31,23,50,8,42,3,13;45;M;Graduate degree
2030;22,12,21,42,47,13,3,14,41,36,31,50,8,37,33,23,43,2,5,15;60;F;College
