META
key;value
description;Experimental PB on Mechanical Turk | Knapsack_6
country;Worldwide
unit;Mechanical Turk
instance;Knapsack_6
num_projects;10
num_votes;75
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
19;40000;49;We Need More Crosswalks;Streets, Sidewalks & Transit;To enhance pedestrian safety, this project will add a minimum of five new crosswalks to major streets.
26;20000;48;Nursing Pod for Mothers and Infants;Environment, public health & safety;Provide an attractive private space where working mothers and community members can breastfeed or pump during the work day.
4;60000;46;Interactive Technology for the Main Library;Culture & community;This project will fund an iPad lending kiosk and 16 iPads, as well as a permanent interactive screen in the Children’s Room of the Main Library.
7;50000;38;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
51;105000;37;Security Cameras;Education;Install security cameras in public schools.
30;250000;36;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
20;66000;33;Hump Installationer for pedestrians.;Streets, Sidewalks & Transit;Speed humps create a safer environment by helping slow traffic on streets that students and families cross frequently. When a car hits a pedestrian at a high rate of speed, the collision is more likely to result in a pedestrian fatality. Speed humps slow vehicles and give drivers increased response time and distance for stopping. This makes streets safer for pedestrians.
48;350000;22;Laptops for 10 Public Schools;Education;Purchasing laptop carts for ten public schools (3 of the schools are shown in the map).
38;200000;12;Remodel the Kitchen at the Youth Center;Facilities, parks & recreation;The kitchen area in the Youth Center is in dire need of renovating. Replace the stove, dishwasher, cabinets, and countertops in the Frisoli Youth Center kitchen.
35;350000;5;Building an amphitheater in the public park;Facilities, parks & recreation;Build an amphitheater in the public park for outdoor performances, music, stories, and other cultural events that the whole community can enjoy.
VOTES
voter_id;vote;age;sex;education
1154;7,19,20,26,38,51;28;F;Graduate degree
2435;7,19,20,26,38,51;22;F;College
646;4,7,19,48;39;F;Graduate degree
520;4,7,19,20,26,30;34;F;Graduate degree
521;4,7,26,30,51;31;M;College
2317;4,7,19,48;41;M;Graduate degree
654;4,7,19,20,26,30;31;M;College
399;26,48,51;37;F;Graduate degree
528;7,19,26,30,51;22;M;Graduate degree
915;19,30,38;28;M;High School/GED
791;4,7,19,20,26,30;37;M;High School/GED
536;4,19,26,30,51;60;M;College
538;4,7,19,20,26,30;21;M;College
923;48;27;M;College
1179;7,20,48;43;F;Graduate degree
544;4,7,26,30,51;45;M;High School/GED
545;19,35,51;68;F;Graduate degree
546;19,20,26,30,51;38;M;College
547;4,7,19,20,26,30;40;M;Graduate degree
931;4,19,26,30,51;31;M;Graduate degree
549;26,48,51;19;F;College
550;19,20,26,30,51;34;F;Less than High School
551;4,20,30,51;27;M;High School/GED
1191;4,7,19,20,26,30;42;M;College
2087;4,7,19,20,26,51;25;M;Graduate degree
554;7,20,35;29;M;High School/GED
939;4,26,48;62;M;College
1834;7,30,38;61;M;Graduate degree
557;4,7,19,26,38,51;33;F;College
1835;4,19,26,30;59;F;Graduate degree
2342;7,19,20,26,30;27;F;College
2098;4,20,30,51;47;F;Graduate degree
1075;4,19,26,30,51;34;M;Graduate degree
2230;19,20,26,30,51;32;M;High School/GED
697;4,20,30,51;18;M;Graduate degree
1337;7,19,26,48;36;F;Graduate degree
1083;4,7,19,20,26,51;31;M;Graduate degree
1723;38;18;F;Less than High School
2366;4,19,26,30,51;38;M;College
1727;38,51;18;F;High School/GED
449;4,19,26,48;34;M;Graduate degree
1859;4,7,19,35;36;F;College
453;4,7,19,26,38,51;22;M;Graduate degree
1735;4,19,51;18;M;Less than High School
459;19,48,51;30;F;Graduate degree
460;4,19,20,26,38,51;33;M;Graduate degree
461;4,7,48;25;M;Graduate degree
1739;4,19,35;40;F;High School/GED
2123;4,19,26,30,51;90;M;Graduate degree
2508;4,7,19,20,26,30;25;F;Graduate degree
2262;4,7,19,20,26,30;30;F;Graduate degree
471;48,51;28;M;Graduate degree
2008;4,7,48;54;F;College
474;48,51;28;M;Graduate degree
1755;19,20,26,48;41;M;Graduate degree
2010;4,19,26,30,51;24;F;High School/GED
2012;4,7,19,30;28;F;College
1374;19,20,26,48;25;M;College
2395;7,19,26,48;57;F;High School/GED
2523;4,7,20,38,51;33;M;Graduate degree
999;4,7,26,30,51;30;M;Graduate degree
488;4,19,20,26,38,51;38;F;Graduate degree
616;4,7,19,20,26,30;23;F;College
490;4,7,26,48;33;M;High School/GED
491;19,48,51;30;M;College
1127;19,48,51;39;M;Graduate degree
493;4,20,26,35;32;M;Graduate degree
2414;4,19,48;40;M;Graduate degree
500;7,20,26,48;38;M;College
2467;4,19,20,26,30;24;M;High School/GED
2168;7,30,38;36;F;Graduate degree
2298;4,7,19,20,26,30;32;F;College
507;4,7,19,20,26,30;34;F;Graduate degree
2173;4,26,30,51;41;F;High School/GED
2213;7,20,26,30,51;26;M;Graduate degree
