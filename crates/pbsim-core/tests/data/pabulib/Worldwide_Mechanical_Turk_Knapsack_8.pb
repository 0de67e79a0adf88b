META
key;value
description;Experimental PB on Mechanical Turk | Knapsack_8
country;Worldwide
unit;Mechanical Turk
instance;Knapsack_8
num_projects;20
num_votes;70
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;9
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
2;13000;43;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
3;27000;42;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
32;42000;40;Free Wifi in 6 Outdoor Public Spaces;Facilities, parks & recreation;Install special outdoor wifi access points to offer free public wifi in the public space.
31;8000;36;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
51;105000;35;Security Cameras;Education;Install security cameras in public schools.
11;12000;34;Bike repair stations;Streets, Sidewalks & Transit;Install 8 bike repair stations with tools and bike pumps across the city for cyclists to quickly, easily, and freely fix routine bike problems (3 of which are shown in the map).
12;50000;32;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
30;250000;18;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
40;120000;13;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
28;176000;13;Flashing Crosswalks for Safer Streets;Environment, public health & safety;This project would fund rapid flashing beacons at 10 high pedestrian risk crosswalks (3 of which are shown in the map). These beacons increase the visibility of pedestrians, especially at night. They can alert drivers to crossing pedestrians, thereby preventing crashes.
45;250000;12;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
42;190000;12;New Chairs for Public Schools;Education;New Chairs for Public Schools
17;75000;12;What’s Your Speed?;Streets, Sidewalks & Transit;Remind drivers to slow down by deploying live speed displays on busiest streets.
37;305000;9;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
22;320000;9;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
16;90000;8;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
39;146000;5;Shade and Wet Weather Canopies for Playgrounds;Facilities, parks & recreation;Installing canopies over playgrounds that do not have protection from the elements will reduce weather-related safety concerns and increase playground availability and use.
8;250000;5;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
10;250000;3;Accessible Entrance for the Library;Culture & community;Add automatic sliding doors, fix driveway and, if needed, remove steps to benefit seniors and people with disabilities.
47;200000;2;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
VOTES
voter_id;vote;age;sex;education
2177;2,3,11,12,16,31,42,51;38;F;Graduate degree
2311;2,3,11,12,32,45,51;49;M;Graduate degree
648;12,45,47;45;M;Graduate degree
2057;3,12,17,30,31,32;59;F;College
651;3,12,37,51;51;M;College
2445;2,3,12,30,31,32,51;25;M;College
2321;2,3,11,12,31,32,42;27;F;College
922;3,12,17,28,32,51;31;M;College
667;2,28,30;32;F;Graduate degree
924;2,3,31,32,37,51;30;M;High School/GED
669;2,3,31,37,51;33;M;Graduate degree
670;28,32,45;29;F;College
1052;10,16,51;29;M;Graduate degree
1439;2,3,11,22,31,51;24;F;Graduate degree
673;3,11,31,32,37,51;43;F;Graduate degree
418;12,17,28,42;33;F;Graduate degree
674;2,28,32,39,40;41;M;College
420;2,8,11,12,32,40;27;M;Graduate degree
1057;2,3,11,31,37,51;38;F;Graduate degree
422;2,3,11,12,30,40;50;M;Graduate degree
678;8,45;35;M;Graduate degree
1064;30,31,32,42;51;M;Graduate degree
2344;2,3,11,31,32,45,51;35;M;High School/GED
2473;2,3,11,12,32,40,42;69;F;Graduate degree
427;2,3,11,12,17,31,32,39,40;31;F;Graduate degree
683;3,8,17,40;39;F;Graduate degree
430;2,3,30,31,32,45;33;M;College
942;10,30;37;M;Graduate degree
432;2,3,11,12,30,32,51;35;M;College
1718;28;18;M;Less than High School
695;2,40,45,51;35;M;Graduate degree
568;2,3,11,12,16,31,32,45;33;M;Graduate degree
696;2,3,11,28,31,40,51;18;M;Graduate degree
698;2,11,22,31,32,51;36;M;Graduate degree
699;3,11,31,37,40;18;M;Graduate degree
2102;2,17,28,31,40,51;34;F;College
577;11,12,28,30,31;33;F;College
578;22,28;36;M;College
579;12,22,51;35;M;Graduate degree
705;2,3,16,17,42,51;29;F;Graduate degree
708;2,3,12,30,31,32,51;46;M;Graduate degree
1094;11,12,16,32,45;29;M;Graduate degree
1732;11,17,32,45;18;M;Less than High School
2370;2,3,11,12,16,31,42,51;35;M;College
2499;37,42;32;M;Graduate degree
1738;2,3,11,30,31,32,40;22;M;College
1869;11,22,31,32,51;25;M;College
2126;2,3,16,17,28,51;33;M;Graduate degree
2390;11,22,31,32,51;24;F;High School/GED
2078;2,3,8,11,31,32,40;26;M;College
2263;2,12,22,32;54;F;College
601;2,3,11,12,32,45;21;M;High School/GED
733;30,32,47;79;M;Graduate degree
1245;12,28,30;53;M;College
609;2,3,32,37,51;35;F;Graduate degree
483;2,3,12,30,32,51;28;M;Graduate degree
484;2,12,28,31,39,51;21;M;High School/GED
485;2,3,10,11,31,42;34;M;Graduate degree
2152;3,11,12,30,31,32,51;43;F;High School/GED
1129;2,3,11,17,31,32,42,51;38;M;Graduate degree
2536;2,3,8,11,31,42;27;M;Graduate degree
875;2,3,11,12,30,32,51;38;M;Graduate degree
495;2,3,11,12,30,32,51;34;M;High School/GED
496;12,17,22,31,32;39;M;Graduate degree
2417;2,3,11,12,17,31,32,39,40;48;F;College
498;2,3,31,32,37,51;31;M;College
499;2,3,11,22,31,51;27;M;High School/GED
1266;2,3,12,30,31,32,51;47;M;College
2043;2,3,11,12,16,32,45;32;F;College
1021;31,32,39,42,51;49;M;Graduate degree
