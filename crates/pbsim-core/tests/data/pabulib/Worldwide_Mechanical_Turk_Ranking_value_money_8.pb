META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_money_8
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_money_8
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
30;250000;75;1014;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
3;27000;75;935;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
28;176000;75;928;Flashing Crosswalks for Safer Streets;Environment, public health & safety;This project would fund rapid flashing beacons at 10 high pedestrian risk crosswalks (3 of which are shown in the map). These beacons increase the visibility of pedestrians, especially at night. They can alert drivers to crossing pedestrians, thereby preventing crashes.
22;320000;75;925;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
32;42000;75;906;Free Wifi in 6 Outdoor Public Spaces;Facilities, parks & recreation;Install special outdoor wifi access points to offer free public wifi in the public space.
12;50000;75;903;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
31;8000;75;883;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
51;105000;75;862;Security Cameras;Education;Install security cameras in public schools.
37;305000;75;850;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
10;250000;75;774;Accessible Entrance for the Library;Culture & community;Add automatic sliding doors, fix driveway and, if needed, remove steps to benefit seniors and people with disabilities.
42;190000;75;736;New Chairs for Public Schools;Education;New Chairs for Public Schools
39;146000;75;735;Shade and Wet Weather Canopies for Playgrounds;Facilities, parks & recreation;Installing canopies over playgrounds that do not have protection from the elements will reduce weather-related safety concerns and increase playground availability and use.
40;120000;75;701;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
2;13000;75;701;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
17;75000;75;696;What’s Your Speed?;Streets, Sidewalks & Transit;Remind drivers to slow down by deploying live speed displays on busiest streets.
11;12000;75;691;Bike repair stations;Streets, Sidewalks & Transit;Install 8 bike repair stations with tools and bike pumps across the city for cyclists to quickly, easily, and freely fix routine bike problems (3 of which are shown in the map).
47;200000;75;674;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
45;250000;75;641;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
8;250000;75;612;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
16;90000;75;583;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
VOTES
voter_id;vote;age;sex;education
1536;30,3,32,22,45,37,2,28,31,8,12,51,10,39,47,42,16,17,40,11;27;F;College
1537;3,37,30,51,32,28,39,10,47,40,42,45,22,8,31,12,2,17,16,11;29;F;High School/GED
1538;30,12,11,16,32,28,3,8,45,39,17,22,31,40,51,37,42,47,10,2;30;M;Graduate degree
2048;12,31,51,3,30,32,39,28,2,10,16,42,11,22,40,37,8,17,45,47;35;M;Graduate degree
2434;12,32,3,22,10,28,31,37,16,2,11,39,30,17,42,47,8,40,51,45;27;F;College
1541;22,42,45,12,3,11,32,40,30,17,8,16,39,37,47,2,51,31,10,28;36;M;College
2310;51,12,3,40,31,10,47,28,37,30,32,45,8,2,39,17,11,42,16,22;30;F;Graduate degree
1674;12,28,22,10,2,16,3,30,32,39,51,8,45,37,17,42,11,31,47,40;22;F;College
1676;28,31,30,3,12,51,37,47,10,39,22,32,16,2,8,40,11,42,17,45;20;M;High School/GED
1681;30,47,12,17,42,22,10,37,32,51,39,11,31,28,45,8,40,2,3,16;18;M;High School/GED
1682;12,22,28,45,32,51,17,31,39,42,40,30,8,47,10,37,2,3,11,16;24;M;College
1557;30,12,32,37,39,2,3,31,28,16,11,17,51,40,8,10,45,47,42,22;39;M;Graduate degree
2071;22,12,2,31,11,30,42,16,51,40,28,37,3,32,39,17,10,47,8,45;26;M;Graduate degree
1434;30,3,10,31,2,22,37,28,17,51,45,40,32,39,8,42,47,12,11,16;42;M;Graduate degree
1437;22,32,42,37,39,40,30,11,47,31,51,8,45,3,10,17,28,2,12,16;37;M;Graduate degree
1438;17,10,32,2,22,31,39,8,42,11,16,37,30,40,12,45,3,47,51,28;34;F;Graduate degree
1567;17,3,51,31,11,39,22,28,32,47,16,37,30,8,45,10,40,12,2,42;40;M;Graduate degree
1056;30,28,47,45,10,39,3,42,37,32,40,51,22,16,31,11,12,8,2,17;69;M;Graduate degree
1441;30,42,51,10,8,12,28,3,45,47,37,32,31,40,39,16,22,17,2,11;37;M;College
1442;37,8,17,2,11,51,16,28,45,12,31,30,32,40,47,3,42,10,22,39;24;F;Graduate degree
1443;30,3,31,28,11,12,39,32,8,10,37,16,17,2,40,51,47,45,22,42;20;F;College
1444;32,22,37,3,40,8,12,39,42,2,47,16,10,11,28,51,31,17,30,45;46;F;College
2339;2,17,12,30,3,42,37,16,11,40,31,22,28,51,10,45,47,39,8,32;33;M;Graduate degree
1446;31,2,11,3,12,51,32,17,42,16,40,30,10,37,22,45,47,39,8,28;37;F;Graduate degree
1447;22,37,30,8,51,10,45,3,39,16,31,2,11,40,32,17,12,47,42,28;40;F;Graduate degree
1448;51,47,3,45,28,39,10,22,30,2,32,31,16,17,42,11,12,37,40,8;28;M;College
1577;42,12,32,10,51,39,28,8,2,3,37,11,30,16,40,45,17,47,22,31;30;M;Graduate degree
1450;28,51,30,3,40,17,31,22,47,42,11,12,37,45,2,10,39,32,16,8;23;F;College
1451;10,37,22,51,31,28,42,12,47,16,3,30,17,32,45,11,2,8,40,39;30;F;Graduate degree
2216;32,51,3,12,30,17,40,39,45,47,8,2,16,22,42,11,31,28,10,37;49;M;Graduate degree
2217;51,31,28,30,12,39,16,45,37,10,17,22,2,40,8,3,32,47,42,11;32;F;College
1454;30,17,51,3,31,2,32,10,42,11,39,22,16,28,40,47,37,45,8,12;29;M;High School/GED
1582;28,22,51,32,3,16,42,45,39,11,12,17,2,8,10,37,40,31,30,47;22;M;College
1456;42,22,30,37,47,28,17,45,12,2,31,40,3,10,51,32,16,11,39,8;36;M;Graduate degree
1457;47,51,17,12,31,10,39,37,40,45,2,42,3,30,22,32,11,28,16,8;33;F;High School/GED
1838;37,42,22,39,16,8,11,10,40,30,51,17,45,2,47,31,32,3,12,28;56;F;Graduate degree
2100;45,28,30,8,12,17,11,37,31,10,40,32,22,16,39,3,42,47,2,51;40;F;Graduate degree
1845;45,42,28,11,32,39,31,2,30,22,37,16,40,8,10,51,3,12,17,47;30;M;College
950;40,17,39,45,3,28,47,51,37,12,22,32,10,31,30,11,2,8,42,16;25;M;College
1464;22,31,11,12,10,51,8,32,40,30,2,37,39,45,3,28,16,47,42,17;37;F;High School/GED
2363;10,11,40,51,30,22,37,16,17,32,2,3,39,45,47,28,31,12,42,8;30;F;College
1468;51,22,30,11,47,10,8,28,39,45,3,32,12,31,2,42,17,40,37,16;33;M;College
2364;32,31,51,42,47,11,2,37,16,39,17,8,40,28,22,12,10,30,45,3;34;M;College
1476;2,39,22,3,51,28,42,40,10,45,47,32,31,11,37,30,8,17,12,16;31;M;Graduate degree
1608;28,32,12,37,10,31,3,39,11,16,2,47,40,45,30,17,51,8,22,42;21;F;High School/GED
1865;32,3,30,22,39,42,40,37,10,31,28,47,2,16,51,8,11,45,17,12;46;F;Graduate degree
2121;22,11,42,16,37,10,17,28,40,8,51,47,45,31,39,2,32,3,30,12;35;M;Graduate degree
1483;31,2,32,22,8,28,40,30,42,3,10,45,16,39,47,17,37,11,51,12;20;M;College
975;10,2,31,30,12,3,28,22,39,16,37,42,45,47,32,11,40,17,8,51;39;M;Graduate degree
977;28,12,31,30,3,17,51,8,22,37,42,10,45,47,40,2,11,32,39,16;43;F;Graduate degree
2259;28,30,37,42,17,22,31,47,3,39,40,10,32,45,11,16,12,8,51,2;56;M;College
2522;51,22,47,32,17,3,12,39,28,31,30,11,45,37,2,40,16,42,10,8;33;M;Graduate degree
989;3,42,2,31,30,11,12,17,16,28,32,8,10,22,45,37,39,40,47,51;28;M;Graduate degree
1501;31,12,30,28,32,10,17,37,3,40,47,8,51,39,16,42,11,22,2,45;31;M;College
991;3,12,31,32,42,10,22,51,40,2,47,39,37,11,28,17,16,45,30,8;33;F;Graduate degree
1503;31,2,12,3,51,30,17,32,40,42,11,16,28,45,10,39,47,37,8,22;39;F;College
993;8,11,37,28,30,51,3,31,32,47,12,22,39,40,45,16,17,10,42,2;29;M;Graduate degree
1378;22,51,37,28,8,30,45,39,47,40,32,42,17,10,16,3,12,2,11,31;34;M;Graduate degree
2015;22,37,8,45,10,30,47,42,28,39,40,51,16,17,12,32,3,2,11,31;45;F;Graduate degree
1508;30,51,32,11,12,28,22,31,42,47,39,40,37,45,17,16,3,2,10,8;43;F;High School/GED
2146;47,12,8,37,31,3,42,28,16,17,45,22,40,30,51,2,39,10,32,11;25;M;Graduate degree
1512;31,3,12,30,22,10,16,40,32,8,47,45,28,2,39,11,37,42,17,51;28;M;High School/GED
1644;22,3,30,47,2,16,17,12,10,51,11,40,31,42,32,8,45,37,28,39;29;F;Graduate degree
1646;32,51,17,31,28,22,30,12,3,37,40,47,42,10,45,8,11,16,39,2;24;F;College
2286;40,28,22,32,37,11,51,42,30,47,39,45,3,10,16,17,12,2,8,31;27;M;College
1648;32,37,8,30,11,31,16,10,12,42,17,3,51,47,28,22,39,45,2,40;45;M;Graduate degree
2464;28,12,31,10,22,30,37,40,3,2,11,45,42,51,8,47,39,32,16,17;44;F;College
2418;12,28,17,47,45,3,37,2,39,8,16,42,51,31,40,32,22,10,30,11;26;F;College
2465;2,28,11,30,32,51,40,17,39,12,31,47,22,3,45,8,16,42,10,37;44;F;College
1524;22,12,17,2,42,3,45,11,39,32,40,28,10,8,37,30,51,47,31,16;24;M;College
1525;22,37,8,45,10,30,47,42,28,39,40,51,16,17,12,32,3,2,11,31;31;M;High School/GED
2545;30,37,51,3,32,40,47,42,11,2,28,10,45,31,8,12,22,16,39,17;29;F;Graduate degree
1783;31,3,2,11,12,30,32,37,10,28,40,39,42,47,16,22,17,45,51,8;40;F;College
2172;31,32,12,28,3,40,30,39,37,2,8,17,16,10,22,11,47,51,45,42;35;F;Graduate degree
1533;32,22,42,39,8,30,47,51,12,40,28,16,2,11,10,3,31,37,17,45;23;M;Graduate degree
