META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_6
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_6
num_projects;10
num_votes;78
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
30;250000;78;541;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
19;40000;78;508;We Need More Crosswalks;Streets, Sidewalks & Transit;To enhance pedestrian safety, this project will add a minimum of five new crosswalks to major streets.
51;105000;78;488;Security Cameras;Education;Install security cameras in public schools.
48;350000;78;470;Laptops for 10 Public Schools;Education;Purchasing laptop carts for ten public schools (3 of the schools are shown in the map).
26;20000;78;465;Nursing Pod for Mothers and Infants;Environment, public health & safety;Provide an attractive private space where working mothers and community members can breastfeed or pump during the work day.
4;60000;78;398;Interactive Technology for the Main Library;Culture & community;This project will fund an iPad lending kiosk and 16 iPads, as well as a permanent interactive screen in the Children’s Room of the Main Library.
20;66000;78;395;Hump Installationer for pedestrians.;Streets, Sidewalks & Transit;Speed humps create a safer environment by helping slow traffic on streets that students and families cross frequently. When a car hits a pedestrian at a high rate of speed, the collision is more likely to result in a pedestrian fatality. Speed humps slow vehicles and give drivers increased response time and distance for stopping. This makes streets safer for pedestrians.
35;350000;78;370;Building an amphitheater in the public park;Facilities, parks & recreation;Build an amphitheater in the public park for outdoor performances, music, stories, and other cultural events that the whole community can enjoy.
38;200000;78;329;Remodel the Kitchen at the Youth Center;Facilities, parks & recreation;The kitchen area in the Youth Center is in dire need of renovating. Replace the stove, dishwasher, cabinets, and countertops in the Frisoli Youth Center kitchen.
7;50000;78;326;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
VOTES
voter_id;vote;age;sex;education
2052;30,19,35,48,51,20,7,4,38,26;37;M;Graduate degree
2092;30,38,35,20,51,26,48,19,4,7;30;M;College
1591;30,48,7,35,19,4,38,20,26,51;37;F;College
1592;51,35,26,19,7,30,38,20,48,4;35;F;College
2112;19,48,30,26,38,7,4,20,35,51;37;M;High School/GED
1093;35,30,26,51,20,4,38,48,19,7;24;F;Graduate degree
1098;51,19,20,7,26,48,30,35,4,38;39;M;College
2136;30,35,51,19,20,26,7,48,4,38;27;M;Graduate degree
2358;26,30,48,4,19,51,35,20,38,7;38;F;High School/GED
1141;30,26,51,4,19,7,48,38,20,35;36;M;Graduate degree
2170;48,4,26,35,51,19,30,7,20,38;31;F;Graduate degree
2174;19,51,48,7,30,26,35,20,38,4;29;F;High School/GED
2188;48,19,20,51,35,30,26,7,38,4;52;M;Graduate degree
1699;38,51,30,19,26,4,20,7,48,35;18;M;High School/GED
2242;7,19,51,38,48,20,26,4,30,35;37;F;College
1744;51,4,26,30,19,35,20,38,48,7;26;M;High School/GED
1754;30,48,51,20,4,38,19,26,35,7;35;M;College
1250;48,30,38,20,35,4,19,7,26,51;50;M;College
1762;30,7,19,48,4,26,38,51,35,20;36;F;College
2279;30,26,48,51,4,7,19,20,38,35;30;M;Graduate degree
752;51,48,4,19,7,38,35,20,30,26;68;F;College
1778;51,48,19,4,30,26,38,20,35,7;31;F;High School/GED
755;35,48,26,19,7,38,30,4,20,51;19;F;High School/GED
756;51,48,26,19,35,30,20,38,7,4;42;F;College
2292;51,26,30,19,20,48,7,38,4,35;30;F;Graduate degree
760;26,38,30,51,20,48,4,19,7,35;29;M;Graduate degree
1806;51,19,30,38,7,48,35,4,26,20;26;M;College
2323;26,48,4,51,19,20,30,38,35,7;35;M;Graduate degree
1318;30,51,48,4,19,38,35,7,20,26;47;M;College
1842;30,7,20,26,19,35,4,38,51,48;62;M;Graduate degree
1844;19,20,51,48,30,26,4,7,38,35;32;F;Graduate degree
820;19,48,38,20,26,7,30,35,4,51;22;F;College
821;30,51,26,7,48,35,19,20,4,38;31;M;High School/GED
822;48,38,4,20,26,7,30,35,51,19;54;F;College
824;26,35,51,20,7,38,19,4,48,30;38;M;Graduate degree
825;26,20,4,48,7,51,35,19,30,38;35;F;College
826;51,19,48,35,4,7,38,20,30,26;51;F;Graduate degree
827;19,35,51,30,4,48,26,20,38,7;43;F;College
828;48,20,35,7,38,51,30,26,19,4;21;M;High School/GED
829;26,20,51,19,48,7,4,38,30,35;54;M;Graduate degree
830;20,7,19,48,30,38,51,4,26,35;29;F;Graduate degree
831;30,4,38,48,35,19,26,51,7,20;34;M;College
832;19,30,51,20,26,4,38,7,48,35;37;F;Graduate degree
833;30,4,35,38,51,19,7,48,26,20;24;M;College
834;19,4,48,20,38,26,35,30,7,51;32;M;Graduate degree
2371;30,26,51,20,19,7,48,38,4,35;29;M;Graduate degree
835;4,48,26,19,35,7,30,38,20,51;37;F;High School/GED
836;26,30,51,19,20,7,35,4,48,38;24;F;College
837;30,26,48,35,38,51,20,19,7,4;30;M;Graduate degree
838;35,30,19,48,51,4,7,20,38,26;30;M;Less than High School
839;30,35,19,51,20,4,48,38,26,7;33;F;Graduate degree
840;30,4,51,20,48,7,19,26,38,35;46;M;College
841;51,35,48,30,26,19,20,4,38,7;53;F;College
842;26,51,30,19,4,20,48,7,38,35;21;M;College
843;30,19,48,4,20,51,35,26,38,7;44;M;College
844;20,51,35,4,30,19,38,7,48,26;25;F;Graduate degree
845;48,26,35,20,38,30,4,7,51,19;28;F;College
846;7,19,48,26,35,38,51,4,30,20;25;M;College
848;26,51,48,4,7,30,19,35,38,20;40;M;Graduate degree
849;4,20,26,30,38,35,19,51,48,7;27;M;Graduate degree
850;19,48,30,51,4,26,35,38,20,7;22;M;College
851;7,19,20,4,30,35,51,26,38,48;35;M;College
852;51,19,20,48,30,35,26,4,38,7;28;M;Graduate degree
853;51,38,19,20,26,35,4,7,48,30;47;F;College
854;26,4,19,30,7,35,51,48,20,38;41;M;Graduate degree
2403;19,4,26,7,38,48,20,51,35,30;24;F;Graduate degree
2431;26,30,4,7,35,38,48,51,19,20;30;F;College
899;30,26,51,20,19,48,35,4,7,38;52;M;Graduate degree
901;30,19,4,48,35,20,51,38,26,7;32;F;High School/GED
2456;48,19,51,4,30,38,7,26,20,35;46;M;College
921;4,38,26,19,20,48,30,35,7,51;38;M;Graduate degree
1463;30,51,20,26,35,4,19,7,38,48;25;M;College
2488;19,26,30,20,38,4,7,48,35,51;44;M;High School/GED
2001;30,19,38,35,26,20,7,51,4,48;32;F;Graduate degree
2513;51,30,4,26,19,38,48,20,7,35;41;F;College
980;51,48,30,35,38,7,20,19,4,26;34;M;Graduate degree
2531;35,7,30,20,51,26,38,4,48,19;39;M;Graduate degree
2037;48,20,26,30,19,38,35,7,4,51;35;F;College
