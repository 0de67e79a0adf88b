META
key;value
description;Experimental PB on Mechanical Turk | Utilities_8
country;Worldwide
unit;Mechanical Turk
instance;Utilities_8
num_projects;20
num_votes;74
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
30;250000;49;746;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
3;27000;48;735;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
51;105000;47;727;Security Cameras;Education;Install security cameras in public schools.
22;320000;50;616;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
37;305000;49;518;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
28;176000;43;458;Flashing Crosswalks for Safer Streets;Environment, public health & safety;This project would fund rapid flashing beacons at 10 high pedestrian risk crosswalks (3 of which are shown in the map). These beacons increase the visibility of pedestrians, especially at night. They can alert drivers to crossing pedestrians, thereby preventing crashes.
32;42000;44;423;Free Wifi in 6 Outdoor Public Spaces;Facilities, parks & recreation;Install special outdoor wifi access points to offer free public wifi in the public space.
12;50000;37;417;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
47;200000;32;391;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
40;120000;31;336;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
10;250000;37;322;Accessible Entrance for the Library;Culture & community;Add automatic sliding doors, fix driveway and, if needed, remove steps to benefit seniors and people with disabilities.
45;250000;35;298;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
31;8000;28;239;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
2;13000;27;206;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
42;190000;26;203;New Chairs for Public Schools;Education;New Chairs for Public Schools
39;146000;24;183;Shade and Wet Weather Canopies for Playgrounds;Facilities, parks & recreation;Installing canopies over playgrounds that do not have protection from the elements will reduce weather-related safety concerns and increase playground availability and use.
16;90000;21;183;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
17;75000;23;177;What’s Your Speed?;Streets, Sidewalks & Transit;Remind drivers to slow down by deploying live speed displays on busiest streets.
11;12000;18;126;Bike repair stations;Streets, Sidewalks & Transit;Install 8 bike repair stations with tools and bike pumps across the city for cyclists to quickly, easily, and freely fix routine bike problems (3 of which are shown in the map).
8;250000;17;82;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
VOTES
voter_id;vote;points;age;sex;education
2051;12,37,2,32,47,31,39,40;27,18,15,11,8,7,7,7;65;F;Graduate degree
1796;30,51,32,45,22,28,42,37;27,20,14,14,9,7,5,4;33;M;High School/GED
2193;30,11,51,22,8,10,28,31,3,37,39,12,16,32,2;13,12,10,9,8,7,7,7,5,5,5,4,4,3,1;41;M;College
1542;12,30,51,32,45;30,23,23,13,11;48;M;Graduate degree
1543;30,12,51,37,2,3,17,22,32,39,10,11,16,28,42,47,45;15,12,10,9,6,6,6,6,6,4,3,3,3,3,3,3,2;32;M;Graduate degree
1419;28,2,30,32,37,22;40,15,15,15,10,5;27;F;College
1420;22,28,37,40,3;33,23,16,15,13;26;F;College
1421;10,42,51,3,28,30,47,12,45;19,19,16,14,10,7,7,3,3;55;F;High School/GED
1422;51,12,32,40,42,8,37,45,3,47;22,15,10,10,9,8,8,8,5,5;28;M;Graduate degree
1423;22,28,30,31,39,40,2,8,12,37,42,51;15,15,10,10,10,10,5,5,5,5,5,5;35;F;College
1424;22,37,16,47,30;35,34,24,5,2;32;M;Graduate degree
1549;22,51,3,28,37,42,31;30,18,13,11,10,10,8;23;F;College
1550;3,30,51,17,22,32,2;30,20,18,13,13,4,2;56;M;College
1551;12,22,30,39,32,10,37,2;23,23,22,9,7,6,6,3;26;M;College
1552;3,37,10,40,51,2,22,28,12,17,31,39,45,47,16,30,32;16,16,11,11,9,5,5,4,3,3,3,3,3,3,2,1,1;19;F;High School/GED
1553;3,30,51,28,31,22;35,20,20,10,8,6;52;F;College
1555;40,30,45,3,47,11,22,32,10,39,8;29,18,11,7,7,6,6,6,4,4,2;30;F;College
1556;28,40,10,51,2,3,39,8,11,16,30;33,22,8,7,6,6,6,3,3,3,3;48;M;Graduate degree
1558;12,32,2,28,11,16,42,45,8;25,20,13,12,9,9,7,3,2;30;M;College
1559;47;100;25;M;High School/GED
1560;39,51,16,40,32,37;21,20,19,18,15,7;27;F;Graduate degree
1561;3;100;42;F;College
1562;51,30,22,3,17,28,32,39,40,11;22,17,16,11,9,7,5,5,5,3;43;F;Graduate degree
1563;30,22,31,51,42,3,37,12,17;23,20,18,12,9,6,6,5,1;69;M;Graduate degree
1564;3,22,30,47,32,37,16,40,2,8,11,28,39,42,10,31,45,12,17;9,9,9,8,7,7,5,5,4,4,4,4,4,4,3,3,3,2,2;29;M;Graduate degree
1565;51,30,3,37,10,40,32,45;27,25,12,10,9,9,6,2;32;M;College
1568;12,17,28,30,45,51,31,3,10,37,16,8,32,39,47;11,11,11,11,11,11,9,5,5,5,3,2,1,1,1;28;M;Graduate degree
1811;12,3,47,28,22;29,22,19,16,13;59;F;College
1570;37,40,51,3,12,10,22,45,28,30;15,13,13,10,10,9,9,8,7,6;56;F;High School/GED
1571;30,40,37,12,28,10,31,32,42,45,47;20,16,14,10,10,5,5,5,5,5,5;25;M;College
2083;30,37,40,51,39,2,22,32,17,28,45;16,12,12,12,11,8,8,7,6,5,3;54;M;College
2322;10,45,32,51,47,2,28,22,31;17,16,16,16,14,8,5,4,4;38;M;College
1452;47,3,22,32,37,51,40,42;26,24,16,10,8,8,4,4;26;M;Less than High School
2451;30,51,3,2,37,28,32;39,30,11,7,7,4,2;30;F;College
1585;51,47,3,40,32,42,22,28,17,10,31;26,14,12,12,9,7,5,5,4,3,2;43;F;Graduate degree
1458;32,28,22,42,37,2,11,47,31,8,17;20,16,14,10,9,8,7,6,5,3,2;34;F;College
1459;12,17,45,37,3,28,30,40,42;16,15,14,13,10,10,10,7,5;35;M;High School/GED
1460;30,31,22,10,51,3,37;22,20,16,14,14,8,6;30;M;Graduate degree
1461;3,47,2,37,30,31,32,45,51,12,22;19,13,11,11,10,10,10,5,5,4,2;36;F;High School/GED
1462;51,30,47,32,10;27,23,22,17,11;20;F;College
1586;10,2,28,51,8,16,22,45,12,37,40,17,47,30,31,32,39,3,11,42;10,8,8,8,7,7,6,6,5,5,5,4,4,3,3,3,3,2,2,1;54;M;Graduate degree
2226;37,28,40,47,45,22,42,51,12,30,10,39,31;21,18,11,9,8,6,6,6,4,4,3,3,1;22;F;Graduate degree
1465;30,10,51,12;32,27,27,14;50;F;Graduate degree
1466;22,51,28,11,37,30,31,42,32,3;20,17,16,10,10,9,8,6,3,1;38;F;Graduate degree
1467;51,3,37;50,40,10;47;F;College
2108;30,40,45,10,12,32,11,22;30,15,15,10,10,10,5,5;28;M;Graduate degree
2486;30,3,22,37,12,2,10;23,20,14,14,12,9,8;21;M;College
1470;3,30,45,31,42,37,10,28,17;25,21,18,14,8,5,4,3,2;27;F;College
2354;3,51,37,22,42,10,28,40,47,32,17,45;14,14,12,8,8,7,7,7,7,6,5,5;33;M;College
2501;32,22,37,47,31,42,30,45,51,12,17,2,3,28,10,16,39;18,15,10,10,9,7,5,5,5,4,3,2,2,2,1,1,1;36;F;College
2381;37,3,12,10,51,2;26,21,21,15,10,7;42;M;Graduate degree
1490;51,22,16,30;40,31,19,10;32;M;Graduate degree
2132;22,11,37,10,47,30,39,40,3;17,17,14,12,12,11,8,5,4;32;F;College
2009;22,3,39,45;25,25,25,25;50;F;Graduate degree
2275;2,45,17,32,11,16,10,12,39,37,8;17,17,12,11,9,9,6,6,6,4,2;34;M;College
2020;12,11,40,42,47,22,28,16,51,45,3,32,37;15,11,10,10,9,8,8,7,7,6,3,3,3;23;M;College
1381;30,17,3,32,45,8,37;22,19,15,14,13,11,6;32;M;Graduate degree
1382;12,22,28,30,31,45,47,3,8,10,32,37,40;10,10,10,10,10,10,10,5,5,5,5,5,5;39;M;High School/GED
1767;3,30,22,32,51,12,39,28,2;24,24,13,13,8,6,5,4,3;40;M;High School/GED
1384;51,37,40,12,22,28,2,10,17,45;20,16,15,10,10,10,5,5,5,4;33;M;High School/GED
1385;37,12,31,51,28,40,47,16;20,15,15,15,10,10,10,5;19;M;High School/GED
1769;10,12,22,28,37,3,16,32,30,11,8,31,39,40,45,17,51;11,11,10,10,9,8,8,8,7,6,2,2,2,2,2,1,1;50;F;College
2407;31,47,12,17,32,30,51,22,28,16,10;16,16,14,14,13,6,6,5,5,3,2;36;F;College
1675;3,30,10,16,22,37;23,20,15,15,15,12;30;M;Graduate degree
1389;28,31,42,10,8,45,2,11,12,22,32,47;21,14,14,11,9,9,6,4,4,4,2,2;30;M;Graduate degree
2539;2,22,30,32;25,25,25,25;28;F;Graduate degree
1658;16,10,3,17,47,37;29,21,18,15,12,5;35;M;Graduate degree
1803;32,3,51,30,42,2,8,22,40,45,47;20,15,15,10,10,5,5,5,5,5,5;19;M;College
2164;40,39,30,11,12,22,16;27,26,18,10,9,6,4;26;F;College
2422;3,28,30,32,37,39,40,42,45,51;10,10,10,10,10,10,10,10,10,10;51;F;High School/GED
1400;3,17,37,47,51,28,22,10;20,20,15,15,11,10,5,4;37;F;College
1785;30,32,3,12,31,51,42,22,28;14,14,12,11,11,11,10,9,8;39;M;Graduate degree
1530;42,3,51,28,37,11,17,22,30,32,8,16,31,39,40,47,2,10,12,45;11,10,9,7,6,5,5,5,5,5,4,4,4,4,4,4,2,2,2,2;32;M;Graduate degree
2301;28,45,51,31,22,3,10,37;16,16,16,13,12,9,9,9;38;M;College
