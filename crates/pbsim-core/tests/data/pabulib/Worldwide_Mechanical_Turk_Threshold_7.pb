META
key;value
description;Experimental PB on Mechanical Turk | Threshold_7
country;Worldwide
unit;Mechanical Turk
instance;Threshold_7
num_projects;20
num_votes;77
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;13
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
21;119400;51;Planting trees in the city;Environment, public health & safety;Street trees cool the city, absorb pollution, & make our neighborhoods more livable! planting 100 new trees & building tree wells in the areas that need them most.
3;27000;48;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
12;50000;41;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
41;110000;39;Protect the Health and Safety of our Firefighters;Facilities, parks & recreation;This proposal will purchase and install six gear drying units to shorten wait time for clean gear ($51,000), and eleven sets of wireless headsets to protect hearing and improve communication ($55,000). Let’s protect those who protect us.
22;320000;39;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
23;40000;37;5 Water Bottle Refill Stations;Environment, public health & safety;At a water bottle refill station you get a healthy drink for free.
37;305000;35;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
14;25000;33;Benches for a Walkable City;Streets, Sidewalks & Transit;Install 12 benches across town so that people of all ages and abilities can enjoy benches for resting, talking, tinkering with electronic devices, people watching, and being outdoors (3 of which are shown in the map).
13;24000;32;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
33;65000;31;Outdoor Fitness Equipment in the public park;Facilities, parks & recreation;Install outdoor body-weight fitness equipment for stretching, strength building, and plyometric exercises.
31;8000;30;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
2;13000;30;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
47;200000;27;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
50;200000;25;New Playground for public school;Education;Playground should include a jungle gym, and other equipment for kids to play different games.
42;190000;19;New Chairs for Public Schools;Education;New Chairs for Public Schools
36;61000;15;Volleyball Court in the public park;Facilities, parks & recreation;Creating an outdoor volleyball court would be an exciting addition to the city. The court would have sand and a sturdy net for three-season usage.
43;150000;14;Invention and Production of Music;Education;Install music studios and equipment at the Youth Centers to inspire creativity, enable pre-teens and teens to express their skills and passions, and provide youth with another recreational outlet.
5;75000;14;Digital Sign at City Hall in Multiple Languages;Culture & community;Digital sign that will scroll announcements in multiple languages and welcome people to town.
15;20000;9;Urban Bicycle Wash Stations;Streets, Sidewalks & Transit;Bicycle owners need to clean and care for their bikes, ideally monthly. But for apartment dwellers, this is really hard! These centrally located bicycle wash stations would allow bicycle owners to wash off dirt, grime, and salt from their bikes.
8;250000;5;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
VOTES
voter_id;vote;age;sex;education
2074;12,14,21,23,31,37,42;37;M;College
2079;2,3,12,21,31,33,36,37,42,47;39;M;Graduate degree
2115;2,3,12,31,37,43,50;34;M;High School/GED
2128;3,21,23,33,36,41,42,43,47,50;50;M;High School/GED
597;2,3,13,14,23,36,37;33;M;College
2154;3,14,21,22,23,31,37,42,47,50;50;F;College
1650;2,3,14,21,22,23,37,41,42,43;27;F;Graduate degree
1651;2,12,13,14,15,21,22,23,31,47;36;M;Graduate degree
1652;2,3,12,31,37,41,43,50;43;M;College
1653;3,21,22,33,37,43;54;F;College
1655;2,3,12,13,21,33,36,37,41,47;25;F;College
1657;3,12,13,15,21,23,33,41,47;30;M;Graduate degree
1659;3,5,12,14,21,31,37,41,47;24;F;College
1660;2,22,33,42,47;22;M;Graduate degree
1147;3,5,8,23;33;M;Graduate degree
1148;12,13,21,23,31;20;M;Graduate degree
1664;3,12,13,14,15,21,22,23,31,47;36;M;Graduate degree
1665;3,13,21,22,23,33,37,41;36;F;College
1155;3,14,21,22;64;M;Graduate degree
1667;2,3,21,33,41,43;37;M;Graduate degree
1668;3,5,12,21,41;60;F;College
1163;3,8,12,13,14,21,22,33,37,47;28;F;College
1164;21,22,31,36,41;40;M;Graduate degree
1165;3,12,13,14,21,22,23,41,42,50;37;F;Graduate degree
1166;12,13,14,21,22;48;M;College
2190;3,12,13,37,42,47,50;36;M;College
1168;13,21,23,33,42,47,50;24;F;Graduate degree
1170;22,33,42,43;48;M;Graduate degree
1171;5,12,21,33,41;68;M;Graduate degree
1172;12,23,31,37,41,50;60;M;College
1174;3,12,14,15,21,22,31,37,41,47;42;F;Graduate degree
1176;12,13,14,21,22,23,31,37,41,47;42;F;College
1177;3,12,13,23,33;60;F;College
1178;3,12,22,33,42,47;35;M;Graduate degree
1180;2,3,5,8,21,22,37,41,43,50;30;M;Graduate degree
2210;3,12,13,21,22,23,31,37,41;38;M;Graduate degree
1196;2,3,12,14,22,23,33,37,43,47;36;F;Graduate degree
1208;2,3,5,12,14,21,22,23,31,37,41,47,50;67;F;College
1731;22;18;M;Graduate degree
2258;2,3,21,43,50;59;F;High School/GED
2269;22;36;M;Graduate degree
1765;12,13,14,21,22,23,31,36,37,41;70;F;Graduate degree
1268;12,21,22,23,31,33,37,41,50;47;M;Graduate degree
2305;13,42;35;F;High School/GED
2316;3,5,13,21,22,23,31,33,36,37,42;18;F;Graduate degree
1297;13,21,23,31,41;40;M;College
1298;2,3,12,21,22,23,31,33,37,41;53;F;High School/GED
1299;3,31,41,42,47,50;51;F;College
1301;2,3,12,14,21,23,31,33,36,37;44;M;Graduate degree
1302;2,3,12,22,33,41,43;22;M;College
1307;2,3,12,13,21,22,23,31,36,50;25;M;Graduate degree
1309;3,5,12,14,21,22,37,41,47,50;61;F;College
1822;3,8,14,21,37,41,42,43,50;42;M;College
1824;2,15,22,36,37;36;F;Graduate degree
1830;5,14,21,36,37,41;42;M;Graduate degree
2346;2,3,12,21,23,33,41,43;27;M;Graduate degree
1854;2,3,12,33,47,50;49;F;College
1860;5,13,21,22,23,31,41;21;M;College
2375;3,12,13,21,22,33,37,41,47,50;30;M;College
2393;2,21,33,36,37,41,50;31;F;Graduate degree
2423;3,12,22,23,33,36,47;22;M;College
401;2,3,5,13,14,15,21,23,31,41;45;M;Graduate degree
2450;2,12,13,21,22,33,36,47;42;F;Graduate degree
405;2,12,14,23,33,41,42;39;M;Graduate degree
409;3,12,13,14,15,21,23,31,33,41;37;M;College
410;2,3,13,14,22,23;35;M;High School/GED
925;22;28;M;College
416;14,23,31,41,47;31;M;Graduate degree
419;2,3,5,12,13,14,15,21,31,41;27;M;Graduate degree
2474;13,21,22,33,37,41,43,50;34;M;College
435;5,13,14,42;51;F;Graduate degree
2502;3,14,22,23,33,36,37,42,47,50;33;F;College
462;2,12,13,14,15,21,23,31,33,41;36;M;College
2518;2,3,13,14,21,23,37,42,47,50;53;F;College
2031;2,3,13,14,21,22,31,37,47,50;32;F;High School/GED
2044;2,5,8,12,14,50;24;F;College
510;3,14,21,41,50;63;F;College
