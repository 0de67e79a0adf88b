META
key;value
description;Experimental PB on Mechanical Turk | Threshold_6
country;Worldwide
unit;Mechanical Turk
instance;Threshold_6
num_projects;10
num_votes;71
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;10
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
30;250000;46;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
19;40000;46;We Need More Crosswalks;Streets, Sidewalks & Transit;To enhance pedestrian safety, this project will add a minimum of five new crosswalks to major streets.
51;105000;44;Security Cameras;Education;Install security cameras in public schools.
48;350000;44;Laptops for 10 Public Schools;Education;Purchasing laptop carts for ten public schools (3 of the schools are shown in the map).
26;20000;41;Nursing Pod for Mothers and Infants;Environment, public health & safety;Provide an attractive private space where working mothers and community members can breastfeed or pump during the work day.
4;60000;39;Interactive Technology for the Main Library;Culture & community;This project will fund an iPad lending kiosk and 16 iPads, as well as a permanent interactive screen in the Children’s Room of the Main Library.
35;350000;31;Building an amphitheater in the public park;Facilities, parks & recreation;Build an amphitheater in the public park for outdoor performances, music, stories, and other cultural events that the whole community can enjoy.
20;66000;26;Hump Installationer for pedestrians.;Streets, Sidewalks & Transit;Speed humps create a safer environment by helping slow traffic on streets that students and families cross frequently. When a car hits a pedestrian at a high rate of speed, the collision is more likely to result in a pedestrian fatality. Speed humps slow vehicles and give drivers increased response time and distance for stopping. This makes streets safer for pedestrians.
7;50000;20;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
38;200000;15;Remodel the Kitchen at the Youth Center;Facilities, parks & recreation;The kitchen area in the Youth Center is in dire need of renovating. Replace the stove, dishwasher, cabinets, and countertops in the Frisoli Youth Center kitchen.
VOTES
voter_id;vote;age;sex;education
1152;4,26,30,35,38,48,51;31;M;Graduate degree
1153;4,19,30,35,51;50;F;College
1280;19,20,30,35,48;36;F;Graduate degree
1283;4,19,35,48,51;72;F;Graduate degree
2178;7,26,35,48,51;26;F;Graduate degree
1157;4,19,35,38,48,51;42;M;College
1158;19,26,48,51;21;F;College
1159;7,19,20,30,35,48;43;F;High School/GED
1672;4,26,30,48,51;30;F;Graduate degree
1293;7,19,26,30,38,48;28;F;College
1294;4,26,30,48,51;26;M;College
1678;4,19,30,35,48;31;F;College
400;26,48,51;24;F;High School/GED
529;4,19;69;M;College
402;4,7,26,30,51;33;F;Graduate degree
403;19,48,51;28;M;College
530;7,19,20,26,38,51;24;M;Graduate degree
1296;7,19,30,38,48;62;M;College
1430;7,20,26,30,48,51;34;F;Graduate degree
407;19,48,51;18;M;Graduate degree
1432;7,26;18;M;Graduate degree
537;4,7,19,20,26,30;27;M;Graduate degree
1306;19,20,26,51;29;M;Graduate degree
1685;4,19,20,30,35,48,51;26;M;High School/GED
1812;26,30,35;37;F;College
1819;4,19,26,51;28;M;College
2455;19,26,51;40;M;Graduate degree
1183;4,19,30,35,51;28;F;College
1312;4,19,26,30,48,51;36;F;College
1313;19,20,30,35,48,51;52;M;High School/GED
2068;4,19,20,26,51;41;M;Graduate degree
1063;4,7,19,20,26,30,35,38,48,51;29;M;College
1065;4,19,26,30,48,51;28;F;Graduate degree
2477;30,35,51;31;F;High School/GED
2095;30,35,51;47;F;High School/GED
2223;4,19,30,38,48,51;49;F;Graduate degree
2351;19,20,30,35,48,51;34;M;College
1202;4,19,30,38,48;24;M;College
447;4,19,26,30,51;35;F;College
448;4,20,26,48;32;M;College
1730;20,26;18;M;Less than High School
2114;4,19,35,48,51;46;M;College
2372;4,20,26,30,35,48;35;F;College
1606;20,26,35,38,51;60;M;College
2251;19,20,26,35,51;35;F;College
2509;4,38,48;56;M;College
2318;4,20,26,35,48;44;M;College
2127;4,19,26,30,48;33;M;High School/GED
2006;4,7,19,30,38,48;34;M;Graduate degree
2391;19,20,26,35,51;55;F;Graduate degree
1752;7,19,26,30,35;52;M;College
2014;19,30,48,51;39;F;High School/GED
2272;20,26,30,51;23;F;High School/GED
1126;4,7,19,30,51;45;M;College
1128;20,26,30,48,51;38;M;Graduate degree
1130;4,7,30,38,48;30;M;College
1260;4,20,30,35,51;35;M;Graduate degree
1133;4,7,19,26,30,48,51;29;M;Graduate degree
1261;4,26,30,48;38;F;College
2156;19,20,26,35;51;F;Graduate degree
2543;7,19,26,30,35;47;F;College
1137;4,7,19,30,48,51;28;F;Graduate degree
1523;4,26,30,35,48;70;M;College
1780;19,30,48;37;F;High School/GED
1142;4,20,26,30,51;53;M;Graduate degree
1143;7,20,26,38,48,51;30;M;Graduate degree
1144;7,19,20,30,35,38;28;M;Graduate degree
2425;4,19,20,30,35,48,51;40;F;Graduate degree
2299;4,19,30,48;32;M;Graduate degree
1790;4,7,19,26,35,38,48;28;F;College
1663;4,19,26,30,35,48,51;45;M;Graduate degree
