META
key;value
description;Experimental PB on Mechanical Turk | Threshold_8
country;Worldwide
unit;Mechanical Turk
instance;Threshold_8
num_projects;20
num_votes;70
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;14
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
3;27000;43;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
30;250000;36;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
37;305000;35;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
32;42000;34;Free Wifi in 6 Outdoor Public Spaces;Facilities, parks & recreation;Install special outdoor wifi access points to offer free public wifi in the public space.
45;250000;30;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
12;50000;28;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
28;176000;27;Flashing Crosswalks for Safer Streets;Environment, public health & safety;This project would fund rapid flashing beacons at 10 high pedestrian risk crosswalks (3 of which are shown in the map). These beacons increase the visibility of pedestrians, especially at night. They can alert drivers to crossing pedestrians, thereby preventing crashes.
40;120000;26;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
22;320000;26;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
51;105000;25;Security Cameras;Education;Install security cameras in public schools.
10;250000;25;Accessible Entrance for the Library;Culture & community;Add automatic sliding doors, fix driveway and, if needed, remove steps to benefit seniors and people with disabilities.
47;200000;22;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
42;190000;20;New Chairs for Public Schools;Education;New Chairs for Public Schools
39;146000;20;Shade and Wet Weather Canopies for Playgrounds;Facilities, parks & recreation;Installing canopies over playgrounds that do not have protection from the elements will reduce weather-related safety concerns and increase playground availability and use.
17;75000;17;What’s Your Speed?;Streets, Sidewalks & Transit;Remind drivers to slow down by deploying live speed displays on busiest streets.
2;13000;17;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
31;8000;15;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
16;90000;10;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
8;250000;9;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
11;12000;7;Bike repair stations;Streets, Sidewalks & Transit;Install 8 bike repair stations with tools and bike pumps across the city for cyclists to quickly, easily, and freely fix routine bike problems (3 of which are shown in the map).
VOTES
voter_id;vote;age;sex;education
1792;2,3,10,12,28,30,32,40,45,47;50;F;High School/GED
1412;3,10,11,22,32,37,42,45;25;F;Graduate degree
2180;3,28,40,45;18;F;High School/GED
2054;12,17,22,30,32,39,42,47,51;33;F;College
2438;37,39,40,45;40;F;High School/GED
1160;3,17,30,31,37,40,42,47,51;43;M;College
1161;22,28,31,37,40,42,51;33;M;College
1162;3,8,12,17,28,30,32,45,47,51;26;M;College
2058;22;38;M;Graduate degree
1167;22,28,32,37,39;26;F;College
2447;22,30,47;30;M;College
1683;2,3,16,39;22;F;High School/GED
1684;2,3,10,11,22,30,31,32,47;19;M;High School/GED
2324;2,3,12,17,28,30,31,37,39,42,47;32;M;Graduate degree
406;2,3,12,30,32,51;26;M;Graduate degree
1686;2,12,22,28,30,32,37,39;32;F;Graduate degree
1687;3,28,30,40,42;18;M;High School/GED
1688;3,10,11,12,22,30,32,37;29;F;Graduate degree
1690;2,11,12,17,28,31,32,39,40,47;33;M;Graduate degree
1181;3,11,12,22,30,32,42,47;35;M;College
1182;3,12,16,30,32,39,40,45;42;F;College
415;2,3,31,39,47,51;36;M;Graduate degree
1185;17;33;F;High School/GED
1186;22,30,31,32,42,51;44;M;College
1187;2,10,12,22,32,37,45;26;F;College
1188;3,37,45,47;47;F;Graduate degree
1189;10,22,28,30,31,32,42,47;37;M;College
2086;3,8,32,39,40,45;58;F;College
2209;3,10,12,17,28,30,32,37;45;F;Graduate degree
1192;3,12,17,22,28,37;24;F;College
1193;2,10,12,22,28,37,40,45,47,51;23;F;College
1194;12,22,45;33;M;College
1195;2,3,11,12,16,30,32,37,40,51;53;F;College
2472;28,30,32,37;32;M;College
1197;3,28,40,42,51;53;F;College
1198;3,10,12,22,30,32,37,39,40,45;24;F;College
1199;2,3,17,28,30,42,51;25;F;College
1581;2,3,10,12,16,28,30,32,37,39,40,42,45,51;51;M;College
1201;2,8,10,12,17,22,30,42,45,47;35;M;College
1583;2,3,12,16,28,31,51;50;M;Graduate degree
1203;3,17,28,37,39,40,42,45,47;39;F;College
1204;3,10,11,12,16,28,31,32,37,39;52;F;College
1205;3,37,40,51;60;M;Graduate degree
438;8,31;30;M;Graduate degree
2103;3,22,30,39,40,42,45,47,51;27;F;College
1209;3,28,30,31,37;21;M;High School/GED
1210;3,12,17,30,32,37,45,51;37;M;College
1211;2,3,10,12,22,28,30,37,45;21;F;High School/GED
1212;3,10,22,30,37,40,47;64;F;College
2233;3,10,16,22,30,40,45;63;F;College
2367;3,10,12,22,30,32,37,39,45,51;30;F;Graduate degree
707;8,10;29;M;Graduate degree
1733;2,8,37;18;M;Less than High School
1228;3,10,12,32,37,39,40;72;F;Graduate degree
1229;3,17,31,32,42;29;F;Graduate degree
2380;10,12,17,28,37,45,47,51;33;F;College
2517;8,30,32,45;48;F;High School/GED
2265;3,10,12,22,30,32,40,42,45,51;30;F;High School/GED
478;3,32,37,40;32;M;College
1758;16,37,40,45,51;45;M;Less than High School
2142;22,30,32,42,45,47,51;65;F;College
2533;3,17,30,32,45,51;80;F;High School/GED
2406;3,10,12,16,28,30,32,37,47,51;22;F;High School/GED
2155;3,10,17,28,31,32,37,39,42,45;37;M;College
494;8,45;29;F;Graduate degree
1265;10,28,30,37,39,40,45,47;32;F;Graduate degree
2291;3,10,22,28,31,37,40;55;F;College
502;8,30;30;M;Graduate degree
1654;17,47,51;38;M;Less than High School
1278;3,10,16,32,37,39,40,42,45,51;36;M;College
