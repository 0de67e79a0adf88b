META
key;value
description;Experimental PB on Mechanical Turk | Utilities_3
country;Worldwide
unit;Mechanical Turk
instance;Utilities_3
num_projects;10
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
25;90000;49;1168;The Sustainable Energy Pilot;Environment, public health & safety;Install energy conversion devices on gym equipment and a rapid electric vehicle charging station.
3;27000;58;1091;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
51;105000;54;963;Security Cameras;Education;Install security cameras in public schools.
22;320000;53;932;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
34;250000;48;700;Dog Park;Facilities, parks & recreation;Building a dog park.
7;50000;39;631;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
40;120000;47;550;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
45;250000;45;542;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
13;24000;42;453;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
16;90000;36;359;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
VOTES
voter_id;vote;points;age;sex;education
2436;13,51,3,16,25,34,45;30,20,10,10,10,10,10;24;M;High School/GED
2315;7,3,45,25,34,40;50,16,15,12,6,1;23;F;College
2064;22,51,3,25,45,34,40;40,20,10,10,10,5,5;23;M;Graduate degree
2448;45,22,25,40,16;30,24,17,17,12;36;M;Graduate degree
2197;3,34,16,51,45,40;25,24,16,16,11,8;51;F;College
2204;3,51,22,16,40,45;57,16,15,4,4,4;49;F;College
2041;51,22,40,7,3,13;50,15,15,9,8,3;43;M;College
1311;25,51,13,34,7;38,21,19,13,9;27;M;Graduate degree
1315;25,7,3,22;50,20,15,15;35;F;Graduate degree
1992;34,22,3,45,51;34,22,18,13,12;53;M;College
2374;25,3,34,40;43,21,19,17;60;M;Graduate degree
2090;45,22,13,25,51,16,34;25,19,14,13,13,8,8;40;F;High School/GED
1067;25,7,3,51;42,24,17,17;63;F;Graduate degree
1068;22,25,40,51,3,34,45,13;22,22,15,12,10,9,6,4;39;M;College
1325;3,25,34,45,13,16,40,51,22,7;25,25,15,10,5,5,5,5,4,1;34;M;Graduate degree
1070;22,45,3,7,51,40,34,13;22,18,13,12,11,10,7,6;70;M;College
1071;51,25,13,40,34,22,45,16;26,15,14,14,11,8,8,4;45;M;Graduate degree
1708;7,13,16,45;48,36,12,3;18;F;College
2091;25,3,34,45;50,20,15,15;66;F;College
2348;51,25,3,40,13;29,27,26,12,6;49;M;College
2475;3,51,22,34,40;29,21,18,16,16;33;F;High School/GED
1076;3,22,25,40,51,13,16,45,34,7;20,20,20,10,10,5,5,5,3,2;40;F;Graduate degree
1333;51,7,3,13,22;24,22,20,19,14;53;F;Graduate degree
1334;3,45,22,40,34,25,16,51;20,18,15,15,13,10,6,3;53;F;Graduate degree
1335;51,7,22,25,34,3,45;23,22,20,13,10,9,3;38;M;Graduate degree
2249;3,34,40,45,51,13,16;30,21,15,12,11,7,4;28;M;College
1339;25,7,22,34,3;34,28,23,9,6;38;F;College
1340;7,25,22,34,51,45,13,40;30,23,16,13,8,6,2,1;18;F;High School/GED
1213;25,22,3,13,40,34,51,16,45,7;25,17,10,10,10,8,8,5,4,3;38;M;College
1214;25,3,45,7,16,40,22,13,51;58,10,10,6,5,5,4,1,1;22;F;College
1215;13,45,51,7,25,16,22,3,34,40;15,14,12,11,11,9,9,7,6,6;32;M;College
1216;51,3,22,34,40;39,23,14,14,10;34;F;High School/GED
1217;25,3,7,45,13,16,51,40;23,18,16,15,14,6,5,3;31;M;Graduate degree
1218;40,13,22,34,3;26,25,22,18,9;53;F;College
1219;22,3,7,16;41,23,23,13;26;F;Graduate degree
1220;16,25,51,3,7,13,22,34,40,45;27,26,26,3,3,3,3,3,3,3;29;M;Graduate degree
1221;16,34,40,3,25,7,13,22;18,18,16,12,12,10,10,4;34;O;College
1222;45,51,7,3,16,34,40,22,13,25;16,15,14,10,9,8,8,7,6,6;32;F;Graduate degree
1345;7,3,45;43,37,20;40;F;College
1224;51,22,3,7,13,40,16,34,45,25;20,16,12,9,9,9,8,8,5,4;32;M;College
1225;3,25,45,51,7,22,13,40,16,34;20,17,13,13,11,10,5,5,3,3;18;M;College
1226;13,25,51,3,22,7,34,16;25,16,14,13,10,8,8,5;22;M;High School/GED
1227;16,22,40,51,7;30,20,20,16,14;43;M;Graduate degree
1347;3,34,45,7,40;41,27,15,9,8;25;F;Graduate degree
1348;45,7,22,13,51;40,20,20,10,10;21;F;College
1230;25,40,3,13,51,22,45;30,30,10,10,10,5,5;31;M;College
1231;3,25,22;40,33,27;20;F;High School/GED
1232;34,51,25,45,13,3,16;32,30,19,7,6,3,2;44;F;College
1233;22,51,3,25,40,7,13,16,34,45;29,16,11,7,7,6,6,6,6,6;30;M;Graduate degree
1234;3,51,7,16,25,34,13,40,45;25,22,11,8,8,8,6,6,6;30;F;College
1235;25,40,3;48,34,18;53;F;College
1236;51,22,25,16,13,3,40,34;33,19,16,15,9,3,3,2;21;M;Graduate degree
1356;51,25,3,7,13,16,22,45,34;25,24,13,11,9,9,5,3,1;19;F;High School/GED
1238;3,25,16,45,40,13,51;32,27,22,8,5,3,3;21;M;College
1239;25,51,3,7,22,13,16,40;17,17,15,14,14,10,10,3;30;M;Graduate degree
2129;3,51,22,7,34;25,25,20,15,15;32;F;College
1242;51,22,40,16;39,27,24,10;70;M;Graduate degree
2511;7,3,13,25,22,51;37,22,17,13,8,3;38;F;College
2397;51,3,34,40,22;30,24,19,14,12;45;F;College
1248;45,16,3,25,51;46,21,18,8,6;26;F;Less than High School
2274;25,22,34,51,13;31,25,18,14,12;44;M;College
2537;25,3,22,45;49,34,9,7;24;M;College
1386;25,51,40,45,34;66,21,7,5,1;37;F;College
2159;34;100;43;M;College
2288;34,3,40,51,13;25,20,20,20,15;51;F;College
1777;51,45,22,7;32,29,26,13;29;M;College
1269;3,22,34,16;37,25,25,13;48;M;Graduate degree
1270;3,25,7,16,22,34,40,45;20,20,15,10,10,10,10,5;50;M;College
1346;22,7,3,40,51,13,45;31,21,18,15,7,4,4;30;M;Graduate degree
1784;22,25,34,13,40;29,20,19,16,16;39;M;High School/GED
1273;25,51,22,7,45,16,40;33,21,15,10,10,7,4;31;F;College
1274;22,25,40,45,3,13,16,34,7;24,17,17,16,13,8,2,2,1;45;F;Graduate degree
1275;40,34,3,51,22,45,13;26,18,17,15,11,8,5;35;F;High School/GED
1855;22,51,34,13,25;32,27,17,14,10;30;F;College
