META
key;value
description;Experimental PB on Mechanical Turk | Utilities_6
country;Worldwide
unit;Mechanical Turk
instance;Utilities_6
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
30;250000;59;1234;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
51;105000;53;1123;Security Cameras;Education;Install security cameras in public schools.
48;350000;52;979;Laptops for 10 Public Schools;Education;Purchasing laptop carts for ten public schools (3 of the schools are shown in the map).
26;20000;43;727;Nursing Pod for Mothers and Infants;Environment, public health & safety;Provide an attractive private space where working mothers and community members can breastfeed or pump during the work day.
35;350000;39;675;Building an amphitheater in the public park;Facilities, parks & recreation;Build an amphitheater in the public park for outdoor performances, music, stories, and other cultural events that the whole community can enjoy.
4;60000;46;631;Interactive Technology for the Main Library;Culture & community;This project will fund an iPad lending kiosk and 16 iPads, as well as a permanent interactive screen in the Children’s Room of the Main Library.
19;40000;39;590;We Need More Crosswalks;Streets, Sidewalks & Transit;To enhance pedestrian safety, this project will add a minimum of five new crosswalks to major streets.
7;50000;37;576;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
38;200000;29;444;Remodel the Kitchen at the Youth Center;Facilities, parks & recreation;The kitchen area in the Youth Center is in dire need of renovating. Replace the stove, dishwasher, cabinets, and countertops in the Frisoli Youth Center kitchen.
20;66000;30;408;Hump Installationer for pedestrians.;Streets, Sidewalks & Transit;Speed humps create a safer environment by helping slow traffic on streets that students and families cross frequently. When a car hits a pedestrian at a high rate of speed, the collision is more likely to result in a pedestrian fatality. Speed humps slow vehicles and give drivers increased response time and distance for stopping. This makes streets safer for pedestrians.
VOTES
voter_id;vote;points;age;sex;education
2308;7,48,26,4;37,37,19,7;45;F;College
2060;30,7,48;52,25,23;51;F;College
1677;48,35,38,51,30,26;31,20,15,15,11,8;27;F;College
1588;26,35,7,51,4;30,24,19,16,11;26;F;Graduate degree
2449;35,19,48,4,7,38,30;30,20,20,10,10,7,3;40;F;College
2325;35,19,51;47,27,25;47;F;Graduate degree
1816;51,26,30,4;45,30,15,10;46;F;High School/GED
2208;30,51,7,26,35,38;40,18,14,14,7,7;30;M;College
2081;35,51,19,7,20;31,23,21,13,12;42;M;College
1317;30,51,26,35,48;36,26,14,12,12;33;F;Graduate degree
1320;30,48,35,51,20;30,25,20,15,10;35;M;Graduate degree
1321;48,4,30,51,7,35;30,25,12,12,11,10;46;M;Graduate degree
1331;51,20,30,19,4,7,38;40,20,15,10,5,5,5;63;M;College
2221;35,30,4,7,26,38;40,25,15,10,5,5;45;F;Graduate degree
1326;30,20,19,48,51,4;44,15,13,12,9,7;23;M;College
1327;30,48,35,4,20,26,19;29,22,14,12,10,7,4;21;M;High School/GED
1072;35,4,51,19,48,26,30;30,27,15,10,10,5,3;30;M;High School/GED
1073;30,48,35,19;36,24,23,17;40;M;High School/GED
1074;30,26,51,38,48,4,7;30,20,20,10,10,5,5;23;M;High School/GED
1328;51,30,26,7,19,4,20,48;27,16,14,13,9,7,7,7;24;F;High School/GED
1329;51,30,35,19,26,48,20,7,4;29,13,12,10,10,10,8,5,3;39;F;College
1077;19,30,51,4,20,35,48;20,20,16,11,11,11,11;35;F;College
1078;51,19,30,48;40,30,25,5;57;M;College
1079;38,30,35,48,7,4,26;24,23,15,15,10,7,6;37;F;College
1080;30,19,20,51,4,35;25,20,20,15,10,10;38;F;Graduate degree
1081;4,26,48,30,35,51,38;28,20,15,12,11,10,4;61;M;College
1082;51,48,19,30;36,27,24,13;29;F;College
1330;48,7,38,30,4,19,26;33,17,15,12,9,7,6;32;F;Graduate degree
1084;19,20,26,48,7;25,20,20,20,15;25;M;College
1085;51,20,26,30;32,26,22,20;47;F;College
1336;30,48,7,26,4;27,23,19,16,15;30;M;College
1341;4,26,48,30,51,19;23,22,22,13,10,9;37;M;College
1088;26,48,51,35,38,4,7,19,20,30;27,13,13,10,8,7,6,6,6,4;25;M;Graduate degree
1342;48,30,19,38,20,51;32,31,11,10,8,7;18;M;High School/GED
1344;19,20,35,30,51;24,23,23,20,10;46;M;Graduate degree
2352;20,51,48,26,30;48,17,16,9,9;58;M;College
2492;30,19,20,35,51,26;41,20,12,11,11,4;30;F;College
1349;51,38,35,26,30,20,4,19;19,18,16,13,11,10,7,6;29;M;College
1350;26,30,35;37,37,26;51;F;College
1734;26,48,4,51,30;27,25,23,13,12;18;F;Less than High School
1352;38,26,4,19,30,48,7,20,35;19,18,14,10,10,9,7,7,6;34;F;College
1353;30,51,35,7,38;34,28,20,9,9;37;F;Graduate degree
1354;30,7,51,26,4;29,25,24,18,4;33;F;Graduate degree
1355;7,38,51,35,26;25,25,25,15,10;32;F;College
2376;35,38,7,48;40,34,14,12;33;F;College
1357;51,7,4;50,30,20;33;M;Graduate degree
1358;7,30,38,20,19,35,48,26,51;17,17,16,12,10,10,9,7,2;20;F;College
1359;4,48,51,19,26,30;23,23,23,12,12,7;35;F;College
1741;30,48,7,4,51,26,20;32,25,12,9,9,7,5;35;M;College
1361;7,26,19,48;40,30,20,10;45;F;College
1362;38,19,35,30;77,9,9,4;39;M;College
2130;30,35,48,7,19,20;30,25,15,10,10,10;46;F;College
2257;19,51,38;56,24,20;38;F;Graduate degree
1365;4,30,51,19,20,38,26,48,7;19,15,15,14,9,9,7,7,5;33;M;College
1366;26,30,20,19,51,35,48,38,4,7;41,32,7,5,5,3,3,2,1,1;29;M;Graduate degree
1367;4,48,51,26,35;30,20,20,15,15;34;M;High School/GED
1241;51,19,4;50,29,21;32;M;College
1369;51,48,7,30,19,4;26,24,21,15,10,4;19;F;High School/GED
1243;48,51,30,20,4;50,22,13,8,7;23;F;College
1244;51,26,48,19,4,20,35,30,38;21,13,13,12,10,9,9,6,6;48;M;College
1371;30,4,19,38,35;34,22,16,15,13;62;M;Graduate degree
1373;48,51,26,35,38,30,4,7,19,20;19,19,15,11,11,8,4,4,4,4;25;M;High School/GED
2104;7,51;56,44;36;F;High School/GED
2268;38,35,20,4,30,26,48;18,17,16,14,14,12,9;27;F;College
2507;4,30,48;52,25,23;46;M;Graduate degree
2529;51,7,4,26,48;30,25,15,15,15;32;M;Graduate degree
1379;51,20,38,19,30,26,4,7,35,48;18,15,13,12,12,10,5,5,5,5;21;F;College
2022;30,48,51,19,35,38;51,17,13,8,7,4;22;O;Less than High School
1383;30,20,48,51,4;25,24,18,17,16;18;F;Graduate degree
2024;48,51,38;47,27,26;28;F;Graduate degree
2412;26,51,30,4,19,48;40,20,15,11,10,4;34;F;Graduate degree
2413;48,7,38,30,4;44,22,12,11,10;40;F;High School/GED
1262;30,4,35,20,26,51,48,7;21,18,17,16,11,7,6,4;62;M;High School/GED
2163;26,48,4,7,30;41,22,18,10,9;26;F;College
