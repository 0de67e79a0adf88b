META
key;value
description;Experimental PB on Mechanical Turk | Knapsack_7
country;Worldwide
unit;Mechanical Turk
instance;Knapsack_7
num_projects;20
num_votes;69
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;11
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
3;27000;48;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
14;25000;41;Benches for a Walkable City;Streets, Sidewalks & Transit;Install 12 benches across town so that people of all ages and abilities can enjoy benches for resting, talking, tinkering with electronic devices, people watching, and being outdoors (3 of which are shown in the map).
13;24000;40;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
12;50000;39;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
2;13000;39;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
31;8000;38;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
21;119400;37;Planting trees in the city;Environment, public health & safety;Street trees cool the city, absorb pollution, & make our neighborhoods more livable! planting 100 new trees & building tree wells in the areas that need them most.
23;40000;36;5 Water Bottle Refill Stations;Environment, public health & safety;At a water bottle refill station you get a healthy drink for free.
33;65000;33;Outdoor Fitness Equipment in the public park;Facilities, parks & recreation;Install outdoor body-weight fitness equipment for stretching, strength building, and plyometric exercises.
41;110000;32;Protect the Health and Safety of our Firefighters;Facilities, parks & recreation;This proposal will purchase and install six gear drying units to shorten wait time for clean gear ($51,000), and eleven sets of wireless headsets to protect hearing and improve communication ($55,000). Let’s protect those who protect us.
15;20000;21;Urban Bicycle Wash Stations;Streets, Sidewalks & Transit;Bicycle owners need to clean and care for their bikes, ideally monthly. But for apartment dwellers, this is really hard! These centrally located bicycle wash stations would allow bicycle owners to wash off dirt, grime, and salt from their bikes.
50;200000;14;New Playground for public school;Education;Playground should include a jungle gym, and other equipment for kids to play different games.
43;150000;13;Invention and Production of Music;Education;Install music studios and equipment at the Youth Centers to inspire creativity, enable pre-teens and teens to express their skills and passions, and provide youth with another recreational outlet.
42;190000;13;New Chairs for Public Schools;Education;New Chairs for Public Schools
47;200000;11;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
36;61000;9;Volleyball Court in the public park;Facilities, parks & recreation;Creating an outdoor volleyball court would be an exciting addition to the city. The court would have sand and a sturdy net for three-season usage.
22;320000;9;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
5;75000;9;Digital Sign at City Hall in Multiple Languages;Culture & community;Digital sign that will scroll announcements in multiple languages and welcome people to town.
37;305000;3;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
8;250000;3;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
VOTES
voter_id;vote;age;sex;education
512;5,13,31,33,50;21;F;College
513;41,42,47;49;M;College
514;13,14,21,22,31;36;M;Graduate degree
515;2,3,12,13,14,21,23,33,41;24;M;College
2176;3,13,31,41,47;26;M;High School/GED
2306;3,5,12,13,14,15,21,23,31,41;49;F;College
2442;3,8,15,21,31,33;33;M;Graduate degree
909;2,3,12,13,14,21,23,31,33,41;28;M;Graduate degree
2062;8,15,21,41;55;F;Graduate degree
1041;3,12,13,14,15,21,23,31,33,41;38;F;College
404;41,42,50;24;F;College
2326;2,3,12,14,21,23,42;30;F;College
1303;2,3,13,23,33,41,50;33;M;College
2199;3,12,21,23,41,43;32;M;High School/GED
2073;5,8,23,31,33,36;50;F;Graduate degree
539;12,13,14,15,21,23,33;34;M;College
412;2,3,15,21,23,33,42;38;M;College
413;2,3,12,15,21,41,43;22;F;College
414;2,12,22,41,42;42;F;Graduate degree
926;2,3,14,21,41,42;45;F;College
1055;3,12,13,14,15,21,23,31,33,41;24;F;Graduate degree
2075;2,12,13,14,22,33;31;M;Graduate degree
2468;2,3,12,13,14,21,23,50;31;M;Graduate degree
1831;41,42,47;33;M;College
424;13,31,41,43,50;71;F;Graduate degree
558;2,3,12,13,14,23,31,41,47;20;M;High School/GED
559;3,21,23,41,47;20;M;High School/GED
560;3,13,14,21,23,31,33,36,41;58;M;College
561;2,3,14,21,23,31,33,50;31;M;Graduate degree
2350;13,22,41;47;F;High School/GED
563;2,3,12,13,14,15,21,23,31,43;22;F;College
564;2,3,12,13,14,23,31,41,42;36;M;Graduate degree
565;2,3,12,14,21,31,33,42;24;M;College
566;2,3,12,13,14,21,23,31,33,41;28;M;College
567;2,3,14,21,23,33,42;24;M;Graduate degree
691;2,23,47,50;18;M;Graduate degree
569;2,5,13,14,15,21,23,31,33,41;43;M;Graduate degree
570;12,21,22,31;34;M;Graduate degree
571;2,3,12,13,14,21,31,33,43;40;M;Graduate degree
572;3,5,12,15,22,31;34;M;Graduate degree
573;23,47,50;36;F;College
574;2,3,12,13,14,15,23,31,33,50;32;M;Graduate degree
575;2,3,12,13,14,21,23,31,43;57;M;High School/GED
576;2,3,12,14,31,33,37;50;F;Graduate degree
2368;3,12,13,14,23,33,50;26;M;High School/GED
2489;2,5,13,15,42,43;18;F;College
1862;2,3,12,13,14,21,23,31,33,41;41;M;College
711;23,33,43,47;41;F;Graduate degree
2125;5,14,15,43,50;35;M;Graduate degree
463;2,3,12,13,14,23,31,41,47;39;F;Graduate degree
464;3,13,14,21,42;18;M;College
1999;2,3,5,12,13,14,15,21,31,33,36;34;M;Graduate degree
466;3,12,13,14,21,36,42;32;M;College
595;2,3,12,13,14,15,22,31;34;M;Graduate degree
468;2,13,15,23,36,37;30;M;College
1493;12,13,14,22,31,33;28;M;College
2256;2,3,12,13,14,15,23,31,33,47;26;F;Graduate degree
2264;2,3,12,13,14,15,31,36,41,43;28;F;College
858;2,3,12,13,14,21,23,31,33,41;25;M;Graduate degree
475;2,3,12,13,21,23,31,33,43;23;F;College
2396;2,3,5,12,14,15,23,31,33,36,41;42;F;Graduate degree
479;2,3,14,21,31,37;31;M;Graduate degree
2018;3,13,21,31,41,47;43;F;College
2535;2,3,12,14,15,21,31,33,36,41;18;M;High School/GED
497;3,12,14,21,31,41,43;40;M;College
2420;3,12,33,43,50;37;F;High School/GED
501;2,3,13,22,41;31;M;Graduate degree
1781;2,3,12,14,23,33,36,50;36;M;High School/GED
511;2,3,13,21,23,33,50;40;F;Graduate degree
