META
key;value
description;Experimental PB on Mechanical Turk | Utilities_7
country;Worldwide
unit;Mechanical Turk
instance;Utilities_7
num_projects;20
num_votes;75
budget;500000
vote_type;cumulative
rule;unknown
date_begin;2022
date_end;2022
min_sum_points;100
max_sum_points;100
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;score;name;category;description
21;119400;59;949;Planting trees in the city;Environment, public health & safety;Street trees cool the city, absorb pollution, & make our neighborhoods more livable! planting 100 new trees & building tree wells in the areas that need them most.
3;27000;58;821;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
22;320000;51;601;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
12;50000;46;594;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
41;110000;44;552;Protect the Health and Safety of our Firefighters;Facilities, parks & recreation;This proposal will purchase and install six gear drying units to shorten wait time for clean gear ($51,000), and eleven sets of wireless headsets to protect hearing and improve communication ($55,000). Let’s protect those who protect us.
37;305000;45;500;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
50;200000;40;429;New Playground for public school;Education;Playground should include a jungle gym, and other equipment for kids to play different games.
47;200000;36;429;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
23;40000;43;395;5 Water Bottle Refill Stations;Environment, public health & safety;At a water bottle refill station you get a healthy drink for free.
33;65000;34;348;Outdoor Fitness Equipment in the public park;Facilities, parks & recreation;Install outdoor body-weight fitness equipment for stretching, strength building, and plyometric exercises.
13;24000;35;342;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
14;25000;31;310;Benches for a Walkable City;Streets, Sidewalks & Transit;Install 12 benches across town so that people of all ages and abilities can enjoy benches for resting, talking, tinkering with electronic devices, people watching, and being outdoors (3 of which are shown in the map).
42;190000;30;298;New Chairs for Public Schools;Education;New Chairs for Public Schools
2;13000;32;243;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
31;8000;27;177;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
43;150000;20;175;Invention and Production of Music;Education;Install music studios and equipment at the Youth Centers to inspire creativity, enable pre-teens and teens to express their skills and passions, and provide youth with another recreational outlet.
36;61000;17;122;Volleyball Court in the public park;Facilities, parks & recreation;Creating an outdoor volleyball court would be an exciting addition to the city. The court would have sand and a sturdy net for three-season usage.
5;75000;16;97;Digital Sign at City Hall in Multiple Languages;Culture & community;Digital sign that will scroll announcements in multiple languages and welcome people to town.
8;250000;13;87;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
15;20000;5;13;Urban Bicycle Wash Stations;Streets, Sidewalks & Transit;Bicycle owners need to clean and care for their bikes, ideally monthly. But for apartment dwellers, this is really hard! These centrally located bicycle wash stations would allow bicycle owners to wash off dirt, grime, and salt from their bikes.
VOTES
voter_id;vote;points;age;sex;education
1408;3,41,50,42,23,33;32,17,16,13,11,11;36;M;Graduate degree
1410;3,21,13,50,12,41,2,23,31,36;26,16,14,13,7,7,5,5,5,2;27;F;College
1527;3,13,33,50,37,42,31;25,18,18,13,12,8,6;20;M;College
1539;33,37,47,12,43;21,21,20,19,19;28;O;College
1413;3,14,23,21,43,47,12,41,42,50;20,15,15,10,10,10,5,5,5,5;77;F;Less than High School
1414;23,50,36,21;34,26,25,15;38;M;Graduate degree
1416;47,37,2,5;49,30,13,8;38;F;High School/GED
1417;12,2,21,3,22,23,47,37;24,20,20,17,6,6,6,1;55;F;College
1545;21,14,37,2,13,50,3,41,12,47,22,23,31,33,36,8,42;12,11,10,9,8,7,6,6,5,5,4,4,4,3,3,1,1;55;M;College
1546;50,42,3,14,2,22,5;27,20,19,15,10,7,2;28;F;High School/GED
1547;47,41,3,14,21,22,33;23,19,15,14,11,9,9;48;F;College
1529;12,21,47,14,37,5,22,50,43,13,23;30,15,15,10,10,5,5,4,3,2,1;25;F;College
1548;22,41,3,47,23,31,2,8,13,14,21,12,42,43,50,33,37,5;9,9,8,8,7,7,6,6,6,6,5,4,4,4,4,3,3,1;32;M;Graduate degree
2446;3,33,14,12,13,21;33,28,14,10,7,7;38;F;High School/GED
1425;22,21,3,37,12,41,50,23;18,17,13,13,12,10,10,7;25;F;Graduate degree
1554;21,3,22,42,50,2,13,47,5,8,12,14,23,37,31;16,11,10,9,9,7,7,7,5,5,4,4,3,2,1;29;F;High School/GED
1427;3,23,21,22,41,31,50;17,17,16,16,15,10,9;35;M;Graduate degree
1428;21,22,12,37;32,29,27,12;36;M;Graduate degree
1429;12,3,42,47,41,50,2;27,19,17,14,10,7,5;25;F;College
2195;47,3,21,23,31,36,41,12,13;17,15,11,11,11,11,9,7,7;33;M;Graduate degree
2329;21,41,12,22,37,3,36;36,24,17,11,7,4,1;28;M;Graduate degree
1440;3,22,41,33,23,37,43,47;20,19,19,16,10,9,4,3;50;F;College
2080;12,13,14,21,41,33,3,2,22,37;18,14,12,11,11,9,8,6,6,4;37;F;Graduate degree
1445;41,2,42,21,22;28,20,20,18,14;51;M;Graduate degree
1574;21,13,23,3;38,29,22,10;22;F;College
1449;22,5,41,3,14,31,47,2,42,21,23,33,13;17,12,12,11,10,10,8,5,4,3,3,3,2;34;M;College
1324;37,22,33,21,3,13,23,2;23,17,17,12,8,8,8,6;25;F;Graduate degree
2220;21,50,37,41,42,47,14,31,12,22;20,16,10,10,10,10,7,7,5,5;34;F;College
2478;21,5,3,13,23;36,18,17,15,14;37;F;Graduate degree
1843;21,23,31,3,22,33,12,47,50,2,13,43,37,41,14,5;10,10,9,8,8,8,7,6,6,5,5,5,4,4,3,2;31;M;College
2355;22,23,13,21,12,43,31,36,41;20,19,16,12,10,9,6,4,4;29;F;College
2428;21,33,36,3,50,14;28,21,16,14,12,9;32;F;College
2106;37,22,3,13,21,41,47,12,14,23,31;19,14,10,10,10,10,7,5,5,5,5;33;F;College
2244;47,33,42,22,21,23,36,3,8,12,50,41;19,13,12,10,9,8,7,5,5,5,5,2;30;M;College
1861;41,3,12,37,50,13,22,21;30,20,10,10,10,9,8,3;31;F;College
2377;12,43,21,33,42,3,13,36,37,2;30,20,12,10,10,5,5,3,3,2;30;F;College
2506;3,12,21,22,33,37,41,42,47,2,23;10,10,10,10,10,10,10,10,10,5,5;24;F;College
1485;14,23,47,2,50,33,31,5,37;23,22,13,9,9,8,6,5,5;41;M;College
2000;21,3,22,33,37,41,50,23,47;20,15,15,10,10,10,10,5,5;39;M;College
1747;21,12,13,14,3,37;54,20,10,6,5,5;49;F;Graduate degree
2131;41,14,21,22,23,37,50,8,12,2,3,33,43;10,9,9,9,9,9,9,7,7,5,5,5,5;55;M;Graduate degree
1370;50,21,3,22,2,41;30,21,18,16,9,6;28;M;Graduate degree
1372;42,3,21,41,22,50,37,43;24,17,14,14,12,10,5,3;20;M;College
1757;3,47,22,37,13,21,23,12;35,19,10,10,9,8,5,4;27;F;College
1247;12,22,13,21,23,33,42;22,20,15,13,12,12,6;34;F;Graduate degree
1376;37,50,21,3,13;29,29,23,11,7;36;F;College
1377;21,37,33,50,12,22,5,41,43;40,12,10,10,8,8,6,4,2;23;M;College
1375;21,3,12,13,22,31,50;40,20,15,10,5,5,5;28;M;Graduate degree
1631;47,3,22,2,12,23;25,20,20,15,10,10;29;M;Graduate degree
1380;21,3,31,41,13,37,14,23,12,43,33,22,50,2,47;15,12,11,11,10,10,9,5,4,4,3,2,2,1,1;23;F;College
2019;13,14,36,21,33,41,43,5,42,3,8,12,22,15,47,50;10,9,9,8,7,7,7,6,6,5,5,5,5,4,4,3;22;M;College
2400;22,23,33,43,2,47;35,18,18,17,6,6;35;M;High School/GED
2534;12,3,37,41,50,22,31,21,23,2;14,13,11,11,11,10,10,8,8,4;29;M;College
1641;3,41,21,42,31;27,26,21,18,8;28;F;High School/GED
2281;21,12,3,13,42,50,2,14,23,41,5,31,15,33,37,22;14,10,9,8,8,8,6,6,6,6,4,4,3,3,3,2;27;F;Graduate degree
1387;21,5,8,37,43,12,14,22,36,3,13,42,50,23,41,2,15,31,33,47;11,9,9,9,9,7,7,6,6,4,4,4,4,3,3,1,1,1,1,1;29;F;Graduate degree
1643;12,21,43,47,3,50;23,23,15,15,12,11;28;M;Graduate degree
1771;22,21,43,8,3,2,23,37,31;33,21,12,11,8,4,4,4,3;18;M;High School/GED
1390;23,37,42,2,50,22;25,25,14,13,13,9;26;F;College
1391;12,21,2,3,42,13,37,47,33;19,15,13,12,12,10,9,8,2;26;F;College
2157;21,33,12,14,50,2,3,22,23,15;25,20,15,10,10,5,5,5,3,2;40;F;College
1521;13,31,41,12,14,23,47,33,37,22,15;15,15,11,9,9,9,9,8,8,4,3;30;F;College
1394;12,3,13,14,47,8,5,21,41,42,23,37,43,31;21,13,11,9,8,7,6,5,4,4,3,3,3,2;28;O;Graduate degree
1522;22,13,21,14,50,31,37,23,42,47,41;20,17,16,11,10,6,6,5,4,4,1;31;M;High School/GED
1396;41,3,43,2;40,30,20,10;64;F;Graduate degree
1397;37,41,14,50,12,22,36,3,31,33,21,23,42,43,8,2,47;16,14,9,7,6,6,6,5,5,5,4,4,4,4,3,1,1;47;F;Graduate degree
1398;42,12,22,3,21,37,13,41,31,47,23;11,11,10,10,10,10,9,9,8,8,4;35;M;Graduate degree
1399;37,50,33,3,14,22,36,41,12,2,31;21,14,13,10,9,9,7,7,4,2,2;35;F;College
2040;41,14,12,8,37,47;27,24,14,13,11,11;60;F;College
1401;47,12,22;47,33,20;32;M;Graduate degree
1402;41,3,21,22,31,8,13,33,36,42,50;30,10,10,10,10,5,5,5,5,5,5;38;M;High School/GED
2290;37,41,22,47,3,21,5,14,23,42,13,36;25,19,15,7,6,6,4,4,4,4,3,2;36;F;College
1404;3,42,12,41,13,50,21,14;32,21,15,11,7,7,4,3;38;M;Graduate degree
1405;3,2,37,8,36,42,22,21,33,5;19,15,12,10,10,10,9,6,5,4;29;M;College
1406;37,14,21,33,50,3,23,36,22;19,18,14,13,13,7,6,5,4;32;F;College
