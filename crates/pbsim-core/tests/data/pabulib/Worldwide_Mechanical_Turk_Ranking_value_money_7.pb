META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_money_7
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_money_7
num_projects;20
num_votes;75
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
3;27000;75;1027;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
21;119400;75;998;Planting trees in the city;Environment, public health & safety;Street trees cool the city, absorb pollution, & make our neighborhoods more livable! planting 100 new trees & building tree wells in the areas that need them most.
12;50000;75;947;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
41;110000;75;940;Protect the Health and Safety of our Firefighters;Facilities, parks & recreation;This proposal will purchase and install six gear drying units to shorten wait time for clean gear ($51,000), and eleven sets of wireless headsets to protect hearing and improve communication ($55,000). Let’s protect those who protect us.
23;40000;75;899;5 Water Bottle Refill Stations;Environment, public health & safety;At a water bottle refill station you get a healthy drink for free.
22;320000;75;889;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
31;8000;75;873;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
14;25000;75;852;Benches for a Walkable City;Streets, Sidewalks & Transit;Install 12 benches across town so that people of all ages and abilities can enjoy benches for resting, talking, tinkering with electronic devices, people watching, and being outdoors (3 of which are shown in the map).
13;24000;75;845;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
50;200000;75;825;New Playground for public school;Education;Playground should include a jungle gym, and other equipment for kids to play different games.
42;190000;75;808;New Chairs for Public Schools;Education;New Chairs for Public Schools
47;200000;75;807;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
2;13000;75;807;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
33;65000;75;780;Outdoor Fitness Equipment in the public park;Facilities, parks & recreation;Install outdoor body-weight fitness equipment for stretching, strength building, and plyometric exercises.
37;305000;75;771;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
8;250000;75;614;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
43;150000;75;588;Invention and Production of Music;Education;Install music studios and equipment at the Youth Centers to inspire creativity, enable pre-teens and teens to express their skills and passions, and provide youth with another recreational outlet.
5;75000;75;529;Digital Sign at City Hall in Multiple Languages;Culture & community;Digital sign that will scroll announcements in multiple languages and welcome people to town.
36;61000;75;499;Volleyball Court in the public park;Facilities, parks & recreation;Creating an outdoor volleyball court would be an exciting addition to the city. The court would have sand and a sturdy net for three-season usage.
15;20000;75;452;Urban Bicycle Wash Stations;Streets, Sidewalks & Transit;Bicycle owners need to clean and care for their bikes, ideally monthly. But for apartment dwellers, this is really hard! These centrally located bicycle wash stations would allow bicycle owners to wash off dirt, grime, and salt from their bikes.
VOTES
voter_id;vote;age;sex;education
2309;12,41,23,15,43,47,36,14,21,5,8,2,3,13,37,31,42,22,50,33;25;M;Graduate degree
2439;41,12,31,22,23,47,42,50,2,14,3,8,13,33,15,36,21,37,43,5;68;F;College
1544;31,5,12,41,50,47,22,3,13,33,14,2,21,23,43,8,37,36,42,15;70;F;Graduate degree
1033;41,21,23,3,22,33,47,14,50,8,31,37,15,43,13,5,12,42,2,36;33;F;College
1034;22,13,23,2,21,3,12,42,31,41,5,37,8,36,47,14,33,43,15,50;30;M;College
1673;21,22,23,31,41,12,33,8,50,5,42,3,13,2,36,43,15,47,14,37;33;F;Graduate degree
1807;2,33,41,8,3,43,13,14,5,21,37,50,12,22,42,36,23,47,15,31;50;F;College
2063;21,22,41,37,31,23,47,3,50,36,43,33,12,42,2,13,15,8,5,14;25;M;Graduate degree
1045;43,14,2,42,47,3,41,50,8,12,5,21,15,23,36,33,37,31,13,22;40;M;College
1813;31,2,14,13,23,3,12,21,41,33,15,36,42,22,47,5,37,50,8,43;47;F;College
1047;13,23,12,3,22,14,50,37,33,21,42,31,2,5,36,47,43,8,15,41;31;F;Graduate degree
2203;41,12,50,31,37,22,43,3,13,42,47,33,14,5,21,2,8,23,36,15;57;M;Graduate degree
1053;33,3,12,2,21,37,23,14,43,36,47,42,22,13,50,41,8,15,31,5;29;M;Graduate degree
1054;3,21,41,22,50,12,14,31,47,15,2,13,5,37,33,23,36,43,8,42;26;M;Graduate degree
2335;31,13,14,23,22,12,37,33,36,41,3,2,8,42,50,21,15,47,5,43;40;F;Graduate degree
2463;31,2,15,13,14,3,23,36,33,12,5,41,21,43,42,47,50,8,37,22;33;F;College
1827;41,33,43,13,42,36,8,15,21,3,2,23,31,50,12,47,14,22,37,5;18;M;High School/GED
937;21,13,22,31,12,23,14,3,2,33,42,47,5,43,41,37,50,8,36,15;37;M;Graduate degree
2171;13,14,23,21,12,2,42,33,8,41,50,37,31,3,36,22,15,47,43,5;30;M;Graduate degree
941;22,37,8,14,50,47,42,21,41,5,43,33,36,12,23,13,3,15,2,31;28;F;Graduate degree
943;41,47,12,50,36,31,2,43,14,42,3,22,23,21,33,5,13,37,15,8;57;F;College
944;41,37,47,23,21,31,3,50,2,22,12,5,13,42,15,43,14,36,8,33;40;F;Graduate degree
945;37,23,13,3,22,33,31,41,5,47,2,21,43,14,50,36,12,8,42,15;47;F;Graduate degree
946;22,37,50,47,42,21,41,5,33,2,3,23,15,43,8,13,36,31,14,12;33;M;Graduate degree
947;31,14,12,23,13,41,22,21,43,2,3,37,50,47,15,36,33,42,8,5;26;F;College
948;3,22,37,50,31,21,41,8,2,12,42,43,23,33,5,14,47,13,36,15;36;F;Graduate degree
1584;13,5,14,42,37,3,2,21,31,41,12,23,33,36,15,50,47,43,22,8;49;M;Graduate degree
2097;21,23,22,31,12,2,41,5,47,14,13,3,8,42,50,37,36,33,15,43;47;M;Graduate degree
951;21,14,33,36,3,37,41,42,50,5,13,12,15,31,22,2,8,47,23,43;53;F;Graduate degree
952;31,50,8,2,22,37,5,3,47,21,41,14,42,23,13,36,33,12,43,15;27;F;College
2361;13,15,33,21,3,23,12,37,42,50,22,14,31,5,36,2,8,47,41,43;33;M;College
2235;31,41,12,3,13,42,22,47,8,33,36,50,37,14,15,23,43,21,5,2;25;F;College
2236;31,23,14,21,13,12,2,3,41,33,42,47,15,22,50,8,5,37,36,43;26;M;Graduate degree
957;12,21,22,37,13,23,14,31,2,36,43,3,42,5,41,8,50,33,15,47;22;F;Graduate degree
1087;13,3,43,5,33,22,12,8,31,37,15,47,21,14,42,2,23,50,41,36;22;M;High School/GED
2496;21,23,22,41,12,31,14,47,42,50,13,3,33,43,5,2,36,37,15,8;50;F;College
2497;2,3,23,42,33,41,31,43,8,47,50,22,13,37,12,5,36,14,21,15;20;M;College
1092;12,8,33,43,14,42,47,13,21,31,15,22,5,3,23,2,41,37,36,50;34;F;High School/GED
1607;21,2,31,3,12,23,37,22,41,43,42,47,33,8,5,14,50,36,13,15;36;F;College
2122;31,13,33,23,14,15,41,47,8,5,42,36,50,21,3,43,37,22,2,12;33;M;Graduate degree
1099;41,23,47,50,14,3,22,37,42,21,33,31,8,2,12,5,36,43,13,15;48;F;College
1100;22,41,21,8,3,31,23,15,14,13,12,47,50,5,33,43,42,37,36,2;27;F;Graduate degree
1101;41,50,42,12,36,33,23,22,8,47,13,31,37,21,3,43,14,5,15,2;29;F;High School/GED
1867;12,2,14,33,37,21,43,22,50,41,3,36,13,47,8,23,31,15,42,5;36;M;Graduate degree
1104;41,31,22,47,50,42,23,37,21,12,2,33,13,14,15,3,8,5,36,43;42;M;Graduate degree
979;41,21,14,31,23,42,3,43,13,22,47,33,2,36,37,12,8,50,15,5;29;M;Graduate degree
1107;2,23,14,21,37,3,12,47,42,31,41,33,50,36,5,43,8,13,22,15;28;M;Graduate degree
2004;12,13,50,22,47,21,42,41,15,8,3,37,14,43,23,33,2,36,5,31;23;M;College
1110;8,36,23,14,42,12,22,50,15,47,5,33,41,2,13,43,31,3,37,21;29;M;College
2389;21,12,13,37,47,42,8,50,41,22,23,3,33,36,31,14,2,43,5,15;21;M;College
1112;3,31,33,42,47,50,41,2,43,21,8,13,36,22,14,15,23,5,12,37;52;M;College
1114;12,14,21,47,22,23,50,13,42,3,41,33,37,8,2,5,43,36,31,15;54;F;College
1505;42,50,31,47,23,21,8,22,3,41,2,43,12,14,33,37,36,13,5,15;18;M;High School/GED
1633;22,12,31,37,13,21,50,23,3,42,41,2,14,15,8,36,43,5,33,47;31;F;High School/GED
1761;3,21,2,8,14,13,33,37,47,43,41,42,36,15,31,50,22,12,5,23;61;F;Graduate degree
2147;3,31,2,43,37,22,41,33,14,21,23,50,47,42,36,15,5,12,8,13;49;F;College
1637;12,14,21,37,13,31,5,42,2,8,3,15,41,50,23,47,43,22,36,33;35;M;Graduate degree
1510;14,13,42,37,3,47,23,21,31,12,22,33,50,41,15,2,5,36,8,43;43;F;College
1511;12,50,42,5,47,8,3,23,41,2,33,13,37,21,22,14,43,15,31,36;32;M;Graduate degree
1638;22,3,13,23,21,42,41,36,14,47,33,15,50,5,2,12,31,43,37,8;27;M;Graduate degree
1639;22,5,23,3,37,47,42,21,12,50,2,8,13,43,14,31,33,41,36,15;25;F;College
1516;21,47,22,50,2,37,14,12,33,3,8,42,31,43,41,15,13,23,36,5;23;M;College
1517;13,37,12,23,15,41,33,21,50,3,5,42,36,47,31,2,14,43,22,8;28;M;Graduate degree
1647;3,2,42,43,5,8,47,41,50,36,37,13,12,14,15,21,31,33,23,22;24;M;Graduate degree
1520;31,13,3,14,12,41,23,47,8,50,43,15,21,33,5,36,2,42,37,22;34;F;Graduate degree
2287;12,3,33,36,50,22,31,23,42,15,47,14,21,43,5,37,2,8,13,41;36;M;Graduate degree
1138;21,47,23,3,2,50,42,8,37,36,33,41,13,22,5,14,12,15,31,43;54;M;Graduate degree
2415;2,12,42,21,43,22,41,3,14,37,31,50,23,8,5,13,47,36,33,15;31;F;High School/GED
1140;2,8,50,42,3,37,33,21,41,14,47,12,15,13,43,23,31,36,5,22;18;M;Graduate degree
2544;3,21,37,43,47,23,2,33,50,14,31,22,42,8,5,13,36,41,12,15;51;F;High School/GED
1526;33,3,22,41,15,8,5,21,13,12,47,37,36,2,43,42,23,14,50,31;31;F;Graduate degree
2038;50,3,14,21,43,37,2,13,12,36,47,41,31,5,33,22,23,42,8,15;60;M;Graduate degree
1016;3,22,50,15,12,13,33,42,43,2,21,41,37,31,23,36,14,47,8,5;36;F;College
1531;2,31,14,21,43,33,12,3,36,23,13,15,50,22,47,41,8,5,37,42;43;M;Graduate degree
1532;41,47,31,50,37,22,33,12,23,3,42,13,14,5,43,15,21,2,36,8;25;F;Graduate degree
