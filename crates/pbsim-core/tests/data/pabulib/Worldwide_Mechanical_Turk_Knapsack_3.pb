META
key;value
description;Experimental PB on Mechanical Turk | Knapsack_3
country;Worldwide
unit;Mechanical Turk
instance;Knapsack_3
num_projects;10
num_votes;77
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;6
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
3;27000;64;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
51;105000;58;Security Cameras;Education;Install security cameras in public schools.
13;24000;49;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
25;90000;48;The Sustainable Energy Pilot;Environment, public health & safety;Install energy conversion devices on gym equipment and a rapid electric vehicle charging station.
7;50000;44;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
40;120000;38;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
16;90000;30;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
22;320000;18;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
45;250000;14;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
34;250000;10;Dog Park;Facilities, parks & recreation;Building a dog park.
VOTES
voter_id;vote;age;sex;education
509;3,7,13,16,25,51;27;M;Graduate degree
522;3,13,16,25,40,51;27;M;College
523;3,7,13,25,34;23;F;College
525;7,13,16,25,40,51;24;M;College
526;3,7,16,25,40,51;37;F;College
527;3,13,16,25,40,51;35;F;Graduate degree
531;3,7,13,25,40,51;22;F;College
532;3,13,16,25,45;34;M;Graduate degree
533;3,13,25,45,51;22;M;High School/GED
534;3,7,16,25,40,51;59;M;Graduate degree
535;3,7,13,25,40,51;24;F;College
1048;3,7,13,16,25,40;39;M;College
540;3,7,22,25;34;M;Graduate degree
541;3,7,22,25;27;F;Graduate degree
542;3,13,22,51;39;F;Graduate degree
543;3,7,13,45,51;31;F;High School/GED
2076;3,7,16,25,40,51;44;F;Graduate degree
548;3,13,16,25,40,51;53;F;College
552;3,7,13,25,40,51;39;M;College
553;3,7,13,45,51;32;F;College
562;7,13,22,51;34;F;High School/GED
2099;3,7,13,25,40,51;27;M;High School/GED
1089;3,16,45,51;23;M;College
1091;3,7,40,45;49;F;College
1095;3,7,22,25;35;M;College
1096;3,13,25,34,51;50;F;High School/GED
2124;3,13,25,45,51;33;M;Graduate degree
2150;3,7,13,16,40,51;25;F;High School/GED
1149;3,7,16,25,40,51;53;M;College
2182;3,7,16,25,40,51;54;F;College
2183;3,13,25,34,51;30;M;College
662;3,16,25,40,51;23;F;College
1175;3,7,13,16,25,40;22;M;High School/GED
1716;34;18;F;College
1717;3,16,22;18;M;Less than High School
2229;7,13,22,51;28;M;College
1720;51;18;F;Less than High School
1736;7,13,51;18;M;High School/GED
715;13,34,40,51;61;F;College
2266;3,13,34,51;27;F;High School/GED
739;3,13,22,51;50;F;Graduate degree
2297;3,7,13,16,25,51;22;M;College
2312;3,7,13,25,40,51;33;M;Graduate degree
1815;3,7,16,25,40,51;45;F;College
795;40,45,51;32;F;College
1826;3,13,16,25,40,51;40;F;Graduate degree
2340;3,13,25,45,51;24;M;College
2369;3,7,13,16,25,51;33;M;Graduate degree
1360;7,13,22,51;34;M;College
2392;3,7,13,45,51;32;F;Graduate degree
2419;3,13,16,25,40,51;29;M;High School/GED
2440;3,7,22,25;28;F;College
913;3,7,16,25,40,51;31;M;College
914;3,13,22,40;27;M;Graduate degree
411;7,13,22,25;27;M;College
2466;3,13,25,34,51;22;M;High School/GED
934;7,22,51;33;F;Graduate degree
436;3,13,22,25;29;M;High School/GED
439;3,7,13,34,51;22;M;Less than High School
440;3,7,13,25,40,51;18;F;High School/GED
441;3,7,13,34,51;29;M;College
442;7,22,51;;;
443;3,16,40,45;44;M;Graduate degree
444;3,25,40,45;29;F;College
445;3,16,25,40,51;33;M;Graduate degree
446;3,7,40,45;31;M;Graduate degree
2498;3,13,16,25,40,51;36;F;Graduate degree
452;3,7,13,25,40,51;29;F;Graduate degree
456;3,13,16,45,51;24;M;College
458;34,40,51;48;M;College
2520;3,7,13,25,40,51;30;F;High School/GED
486;3,13,16,25,40,51;37;M;Graduate degree
2025;3,7,16,25,40,51;41;F;High School/GED
1007;3,22,51;48;F;College
2035;3,7,13,16,25,40;45;M;Graduate degree
508;3,13,22,51;44;F;College
2045;3,7,22,25;36;M;College
