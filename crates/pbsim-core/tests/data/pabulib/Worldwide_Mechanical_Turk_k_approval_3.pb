META
key;value
description;Experimental PB on Mechanical Turk | k_approval_3
country;Worldwide
unit;Mechanical Turk
instance;k_approval_3
num_projects;10
num_votes;76
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
3;27000;59;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
51;105000;52;Security Cameras;Education;Install security cameras in public schools.
22;320000;48;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
25;90000;47;The Sustainable Energy Pilot;Environment, public health & safety;Install energy conversion devices on gym equipment and a rapid electric vehicle charging station.
40;120000;44;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
13;24000;42;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
45;250000;30;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
34;250000;24;Dog Park;Facilities, parks & recreation;Building a dog park.
7;50000;19;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
16;90000;15;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
VOTES
voter_id;vote;age;sex;education
771;3,13,22,25,51;48;M;High School/GED
516;3,13,25,34,51;37;M;College
517;3,7,25,40,45;24;F;High School/GED
1284;3,13,25,34,40;30;M;Graduate degree
1797;3,7,13,22,25;39;F;College
649;13,22,34,40,45;25;F;College
777;3,22,25,40,45;18;M;College
2186;3,13,40,45,51;30;M;College
652;16,34,40,45,51;23;M;College
653;3,22,25,40,51;22;F;High School/GED
2061;3,7,22,40,51;30;F;Graduate degree
655;7,22,25,40,45;23;M;Graduate degree
656;13,22,40,45,51;35;M;Graduate degree
657;3,13,40,45,51;31;F;College
1169;22,25,34,40,45;40;M;High School/GED
659;13,22,25,40,51;44;M;Graduate degree
1810;3,22,25,40,51;27;F;Graduate degree
661;3,13,25,40,51;28;F;College
917;3,16,22,40,51;42;F;College
663;3,22,25,34,45;39;F;Graduate degree
2320;3,22,25,40,51;37;F;College
2452;3,7,22,34,51;32;F;College
666;3,22,25,40,51;43;F;Graduate degree
2084;3,13,25,40,51;33;F;Graduate degree
421;22,25,34,40,45;54;F;Graduate degree
1062;3,13,22,40,45;32;M;Graduate degree
425;7,13,22,25,51;27;M;College
426;3,13,16,22,51;34;F;Graduate degree
1066;3,25,34,40,45;40;F;College
428;3,13,22,40,51;59;F;Graduate degree
429;3,22,25,40,51;45;M;Graduate degree
1069;7,13,25,34,45;33;M;Graduate degree
431;3,13,22,25,51;32;M;Graduate degree
2225;7,13,25,34,51;39;M;College
434;7,13,22,34,40;50;M;College
2353;3,13,22,34,40;39;F;Graduate degree
2483;3,13,22,25,51;28;M;Graduate degree
437;3,22,25,40,51;45;M;Graduate degree
700;3,16,25,34,40;18;M;Graduate degree
701;7,13,22,25,45;18;M;Graduate degree
702;3,16,22,40,45;40;F;College
703;3,34,40,45,51;51;F;High School/GED
704;7,13,22,34,51;29;F;Graduate degree
2109;3,7,25,45,51;24;F;College
1858;3,16,22,40,45;66;M;College
580;13,22,25,34,51;32;M;High School/GED
581;3,13,16,45,51;40;M;Graduate degree
2246;3,25,34,45,51;26;M;Graduate degree
583;3,16,25,34,45;33;M;Graduate degree
1737;22,34,40,45,51;50;M;Graduate degree
586;3,7,22,25,51;25;F;College
587;3,7,13,25,51;23;M;High School/GED
588;3,13,25,40,51;23;M;College
717;3,13,22,25,51;32;M;Graduate degree
972;7,13,25,40,51;29;M;College
591;3,13,25,40,51;42;F;Graduate degree
2378;3,16,25,40,45;43;F;College
1105;3,22,25,34,40;35;M;High School/GED
2510;3,7,22,45,51;43;M;Graduate degree
1237;3,16,25,45,51;22;M;Graduate degree
2139;3,16,22,34,51;35;M;Graduate degree
2525;3,7,16,22,51;24;M;Graduate degree
606;3,13,22,25,51;37;F;Graduate degree
2271;3,13,25,40,51;23;M;College
2016;3,13,22,45,51;46;M;College
2398;3,7,13,25,51;30;M;Graduate degree
610;3,13,22,25,40;26;M;College
613;3,13,22,40,51;35;M;College
2023;3,13,22,25,51;27;F;College
2160;3,7,13,22,34;18;F;High School/GED
882;3,13,22,25,51;34;M;Graduate degree
631;13,16,25,40,51;39;M;College
2424;3,13,16,22,51;37;F;Graduate degree
2300;3,13,16,40,45;51;F;High School/GED
1150;3,22,40,45,51;35;M;Graduate degree
1791;3,34,40,45,51;45;M;Graduate degree
