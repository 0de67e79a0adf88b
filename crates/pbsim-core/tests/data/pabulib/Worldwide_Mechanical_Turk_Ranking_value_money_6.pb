META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_money_6
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_money_6
num_projects;10
num_votes;76
budget;500000
vote_type;ordinal
rule;unknown
date_begin;2022
date_end;2022
min_length;10
max_length;10
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;score;name;category;description
48;350000;76;510;Laptops for 10 Public Schools;Education;Purchasing laptop carts for ten public schools (3 of the schools are shown in the map).
30;250000;76;500;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
19;40000;76;473;We Need More Crosswalks;Streets, Sidewalks & Transit;To enhance pedestrian safety, this project will add a minimum of five new crosswalks to major streets.
51;105000;76;466;Security Cameras;Education;Install security cameras in public schools.
26;20000;76;447;Nursing Pod for Mothers and Infants;Environment, public health & safety;Provide an attractive private space where working mothers and community members can breastfeed or pump during the work day.
7;50000;76;417;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
4;60000;76;391;Interactive Technology for the Main Library;Culture & community;This project will fund an iPad lending kiosk and 16 iPads, as well as a permanent interactive screen in the Children’s Room of the Main Library.
20;66000;76;381;Hump Installationer for pedestrians.;Streets, Sidewalks & Transit;Speed humps create a safer environment by helping slow traffic on streets that students and families cross frequently. When a car hits a pedestrian at a high rate of speed, the collision is more likely to result in a pedestrian fatality. Speed humps slow vehicles and give drivers increased response time and distance for stopping. This makes streets safer for pedestrians.
35;350000;76;315;Building an amphitheater in the public park;Facilities, parks & recreation;Build an amphitheater in the public park for outdoor performances, music, stories, and other cultural events that the whole community can enjoy.
38;200000;76;280;Remodel the Kitchen at the Youth Center;Facilities, parks & recreation;The kitchen area in the Youth Center is in dire need of renovating. Replace the stove, dishwasher, cabinets, and countertops in the Frisoli Youth Center kitchen.
VOTES
voter_id;vote;age;sex;education
1666;48,35,30,38,51,20,4,7,26,19;34;F;Graduate degree
1795;30,26,38,35,20,19,7,48,51,4;26;M;Graduate degree
1028;30,35,48,4,19,51,7,38,26,20;28;M;Graduate degree
2437;20,35,7,48,30,38,51,26,19,4;24;M;College
2519;20,35,48,19,30,38,4,51,7,26;62;M;College
1031;26,51,19,20,48,35,30,7,4,38;30;F;Graduate degree
1032;48,51,30,35,4,7,19,20,38,26;43;F;College
2314;4,35,30,26,19,48,38,7,20,51;36;F;College
2187;48,35,30,38,51,20,4,7,19,26;43;F;Graduate degree
1036;51,48,4,30,35,26,7,20,38,19;39;M;Graduate degree
1039;51,26,7,38,48,19,20,4,35,30;28;M;Graduate degree
1040;26,19,7,4,20,51,38,30,48,35;48;F;College
1044;30,51,4,19,26,48,38,35,20,7;25;M;Graduate degree
1173;19,20,26,51,48,7,30,38,35,4;66;F;College
2072;30,4,26,20,48,7,35,19,38,51;24;M;Graduate degree
1049;19,20,35,48,7,30,4,38,26,51;36;F;College
1050;19,26,48,51,7,20,38,30,4,35;61;M;College
2332;48,19,20,30,51,4,7,26,35,38;40;M;Graduate degree
2461;19,20,4,48,30,26,38,51,7,35;37;M;Graduate degree
930;19,26,30,35,51,7,48,4,38,20;36;M;College
932;26,30,7,38,48,20,19,51,35,4;32;M;Graduate degree
933;48,30,51,35,20,19,4,26,38,7;35;M;College
1190;19,48,35,7,51,38,4,30,20,26;32;M;College
935;51,35,20,7,48,38,30,4,19,26;21;F;College
936;26,19,7,4,20,51,38,48,30,35;27;F;Graduate degree
2341;30,26,7,19,4,48,51,38,20,35;30;M;Graduate degree
1662;7,26,51,38,30,4,19,20,48,35;20;M;High School/GED
2218;51,4,48,38,7,20,19,35,26,30;26;F;College
940;26,19,7,4,20,51,38,30,35,48;34;M;Graduate degree
1836;30,20,48,26,19,35,51,38,4,7;66;M;Graduate degree
1455;35,48,30,38,51,20,4,7,19,26;35;M;Graduate degree
2096;19,20,7,51,4,48,38,30,26,35;52;M;Graduate degree
2227;19,48,30,51,26,7,4,20,38,35;34;M;Graduate degree
1848;51,26,48,20,19,30,7,38,4,35;55;M;Graduate degree
2494;30,19,48,20,35,26,38,4,7,51;29;O;Graduate degree
961;19,48,35,7,30,51,20,4,26,38;39;F;Graduate degree
967;19,48,51,4,26,20,7,35,30,38;29;M;College
2119;7,20,4,51,38,35,48,19,26,30;33;M;Graduate degree
1481;19,26,51,7,30,48,4,35,38,20;20;F;College
1484;30,51,26,48,20,7,4,19,35,38;32;M;Graduate degree
1748;26,7,19,20,51,48,38,30,4,35;19;M;High School/GED
1621;30,20,7,38,51,19,26,35,48,4;24;F;Graduate degree
2261;26,4,7,48,30,38,35,20,51,19;36;M;College
1111;30,51,48,26,35,4,7,38,19,20;28;M;Graduate degree
1495;30,26,51,48,19,20,4,7,35,38;43;M;College
1497;30,7,48,19,4,38,26,20,51,35;32;F;Graduate degree
1498;26,51,30,19,4,7,48,38,20,35;30;F;Graduate degree
1626;26,19,7,4,20,51,38,30,48,35;35;M;High School/GED
1628;51,30,19,7,48,38,35,26,4,20;37;F;College
1629;30,35,51,48,7,20,19,4,26,38;22;F;College
990;51,48,19,7,26,30,38,35,4,20;35;F;Graduate degree
1630;26,51,30,7,48,4,20,38,19,35;36;M;Graduate degree
1632;48,26,7,38,51,30,20,35,19,4;34;F;Graduate degree
2145;26,48,30,20,4,51,19,7,35,38;37;M;Graduate degree
1507;4,7,51,48,26,30,38,35,20,19;31;M;Graduate degree
2532;48,35,30,38,51,20,4,7,19,26;32;M;Graduate degree
1509;30,7,48,38,4,35,19,20,51,26;33;M;High School/GED
1000;38,4,51,30,26,48,7,19,20,35;33;M;College
1513;7,19,20,26,30,4,38,35,51,48;26;F;Graduate degree
1514;19,7,30,26,20,48,38,4,35,51;45;M;Graduate degree
2410;48,7,4,20,26,35,19,30,51,38;55;F;Graduate degree
1132;51,4,30,26,48,7,20,19,35,38;33;M;Graduate degree
2029;19,51,26,7,48,4,35,20,30,38;32;M;College
1518;48,51,4,30,26,35,20,19,38,7;34;M;College
1519;20,19,26,7,35,51,48,4,30,38;19;M;High School/GED
1008;51,48,19,20,30,4,7,26,38,35;31;F;College
2284;30,51,48,4,7,26,19,35,38,20;39;M;Graduate degree
1010;4,48,35,19,26,38,51,20,7,30;50;M;Graduate degree
1011;4,19,30,35,48,26,20,38,51,7;22;F;College
1012;30,51,19,26,20,35,7,4,38,48;24;M;College
2388;19,48,4,26,30,51,7,20,38,35;49;M;High School/GED
1014;48,19,30,51,26,7,4,35,38,20;28;M;Graduate degree
2039;30,7,51,19,48,26,20,35,38,4;34;F;Graduate degree
1018;20,30,19,51,26,4,48,35,7,38;30;F;College
1019;48,4,20,19,7,38,30,51,26,35;27;F;Graduate degree
1022;4,30,48,19,26,35,51,38,20,7;21;F;College
