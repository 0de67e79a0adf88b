META
key;value
description;Experimental PB on Mechanical Turk | k_approval_6
country;Worldwide
unit;Mechanical Turk
instance;k_approval_6
num_projects;10
num_votes;79
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;2
max_length;5
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
30;250000;51;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
35;350000;50;Building an amphitheater in the public park;Facilities, parks & recreation;Build an amphitheater in the public park for outdoor performances, music, stories, and other cultural events that the whole community can enjoy.
19;40000;50;We Need More Crosswalks;Streets, Sidewalks & Transit;To enhance pedestrian safety, this project will add a minimum of five new crosswalks to major streets.
48;350000;48;Laptops for 10 Public Schools;Education;Purchasing laptop carts for ten public schools (3 of the schools are shown in the map).
51;105000;43;Security Cameras;Education;Install security cameras in public schools.
26;20000;43;Nursing Pod for Mothers and Infants;Environment, public health & safety;Provide an attractive private space where working mothers and community members can breastfeed or pump during the work day.
4;60000;42;Interactive Technology for the Main Library;Culture & community;This project will fund an iPad lending kiosk and 16 iPads, as well as a permanent interactive screen in the Children’s Room of the Main Library.
20;66000;29;Hump Installationer for pedestrians.;Streets, Sidewalks & Transit;Speed humps create a safer environment by helping slow traffic on streets that students and families cross frequently. When a car hits a pedestrian at a high rate of speed, the collision is more likely to result in a pedestrian fatality. Speed humps slow vehicles and give drivers increased response time and distance for stopping. This makes streets safer for pedestrians.
38;200000;21;Remodel the Kitchen at the Youth Center;Facilities, parks & recreation;The kitchen area in the Youth Center is in dire need of renovating. Replace the stove, dishwasher, cabinets, and countertops in the Frisoli Youth Center kitchen.
7;50000;17;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
VOTES
voter_id;vote;age;sex;education
2056;4,19,26,35,48;29;M;College
1058;19,20,26,30,48;34;M;Graduate degree
1059;4,30,35,38,48;33;F;High School/GED
2082;4,19,20,35,48;38;F;Graduate degree
1580;4,19,38,48,51;64;F;College
2110;19,20,26,30,35;31;M;College
582;4,19,30,35,38;31;M;College
584;4,19,30,48,51;29;M;College
590;19,20,26,30,48;24;M;Graduate degree
592;4,7,19,26,51;33;M;College
594;7,19,20,35,51;30;M;Graduate degree
596;4,7,26,35,38;30;M;Graduate degree
2133;4,19,26,30,48;33;M;Graduate degree
599;4,7,19,35,48;34;M;Graduate degree
600;4,30,35,48,51;45;M;College
602;20,26,30,35,51;25;M;Graduate degree
607;4,20,26,30,48;45;F;Graduate degree
612;4,19,26,35,51;46;M;Graduate degree
614;4,26,35,38,51;40;M;Graduate degree
2161;19,20,26,30,48;30;M;Graduate degree
1145;4,30,35,38,48;29;M;Graduate degree
2179;4,20,35,48,51;51;M;College
664;7,19,30,38,48;40;M;Graduate degree
668;4,19,30,35,48;32;F;College
671;19,30,35,48,51;26;M;Graduate degree
672;19,26,30,48,51;22;F;High School/GED
2228;7,19,26,30,38;24;M;High School/GED
709;4,19,26,30,35;27;M;High School/GED
710;4,20,26,30,35;30;M;High School/GED
712;4,20,30,35,48;29;M;Graduate degree
713;4,7,19,26,35;40;F;Graduate degree
714;20,26,30,35,48;34;M;Graduate degree
2248;4,26,30,35,51;40;F;College
1740;4,19,20,30,51;33;M;High School/GED
719;4,20,26,30,51;32;M;College
721;4,19,30,48,51;37;F;High School/GED
726;4,19,30,35,51;31;M;College
2278;4,19,20,26,51;38;F;Graduate degree
1773;19,20,30,35,51;30;M;College
757;4,7,19,30,38;26;O;College
758;7,19,26,30,38;26;M;Graduate degree
759;4,26,30,48,51;36;M;Graduate degree
1786;7,19,35,48,51;70;F;High School/GED
762;7,19,26,30,48;28;F;High School/GED
763;4,26,30,35,51;32;M;Graduate degree
765;20,26,35,48,51;36;M;Graduate degree
2302;19,26,30,35,48;33;F;College
1794;4,19,35,48,51;34;M;High School/GED
772;7,19,35,48,51;36;M;College
773;19,26,30,35,51;38;M;College
780;4,19,35,48,51;48;M;High School/GED
784;4,26,35,38,48;57;F;College
785;7,19,20,30,35;18;M;High School/GED
787;4,20,35,48,51;40;F;College
789;20,26,30,38,51;40;M;Graduate degree
1818;4,20,30,35,51;18;M;College
2330;30,35,38,48,51;54;M;College
798;19,35,48,51;60;M;Graduate degree
1310;7,19,26,48,51;29;M;College
1840;4,19,26,48,51;45;F;Graduate degree
1332;7,26,35,38,48;39;F;Graduate degree
2356;4,30,35,48,51;44;F;Graduate degree
1857;4,19,35,48,51;35;F;College
2379;20,30,38,48,51;30;F;High School/GED
2404;19,20,30,35,48;34;M;High School/GED
1388;19,26,30,35,48;33;M;College
2416;7,26,30,38,51;31;F;College
1395;4,19,20,26,30;31;M;College
2457;19,30,35,48,51;44;F;College
938;4,19,35,48,51;39;M;College
2480;4,30,35,38,48;31;F;Graduate degree
958;19,20,26,35,38;31;F;College
2504;4,26,38,48,51;29;F;High School/GED
2007;19,20,26,30,35;30;F;Graduate degree
2526;20,26,30,35,51;31;M;College
997;19,26,30,48,51;35;F;Graduate degree
1001;19,20,26,38,48;35;M;College
2027;7,26,30,35,38;42;M;High School/GED
1006;19,20,30,48,51;52;F;College
