META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_3
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_3
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
51;105000;76;574;Security Cameras;Education;Install security cameras in public schools.
3;27000;76;553;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
25;90000;76;506;The Sustainable Energy Pilot;Environment, public health & safety;Install energy conversion devices on gym equipment and a rapid electric vehicle charging station.
22;320000;76;461;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
13;24000;76;434;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
45;250000;76;411;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
7;50000;76;368;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
40;120000;76;342;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
16;90000;76;317;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
34;250000;76;214;Dog Park;Facilities, parks & recreation;Building a dog park.
VOTES
voter_id;vote;age;sex;education
640;22,16,40,13,25,51,34,3,7,45;25;F;High School/GED
2433;3,7,51,45,25,13,22,40,34,16;29;F;Graduate degree
642;22,3,7,16,25,51,45,13,34,40;33;F;Graduate degree
644;25,3,7,40,22,16,45,51,13,34;26;F;Graduate degree
2053;22,25,51,7,3,45,40,34,13,16;58;M;College
647;13,45,7,51,22,34,40,25,16,3;41;F;Graduate degree
1800;40,13,22,25,3,45,7,16,34,51;25;F;College
1038;25,3,51,13,22,45,7,16,40,34;29;F;College
783;51,25,13,22,3,34,45,16,40,7;30;M;Graduate degree
2192;40,13,16,45,51,3,22,25,7,34;63;M;College
1814;40,25,3,22,51,45,13,7,16,34;44;F;High School/GED
2459;25,3,7,51,22,45,16,13,40,34;31;M;Graduate degree
2334;13,3,25,45,22,40,51,34,16,7;35;F;Graduate degree
2207;22,51,25,3,7,45,40,34,13,16;23;M;College
2296;51,3,45,34,25,13,22,40,7,16;71;F;College
801;7,51,45,3,22,16,40,34,13,25;25;F;College
802;7,3,40,45,25,51,34,13,16,22;30;F;College
803;25,3,51,45,7,16,22,40,13,34;29;M;College
804;3,51,40,13,16,25,45,7,22,34;38;M;Graduate degree
805;51,22,13,45,3,7,34,16,40,25;33;M;College
806;22,40,13,7,16,25,3,51,45,34;25;O;College
807;3,13,40,25,45,7,51,16,22,34;35;F;High School/GED
808;16,3,34,51,45,13,25,40,22,7;32;M;College
1572;51,22,3,13,25,7,40,16,45,34;40;M;Graduate degree
2088;3,51,45,16,7,13,25,34,40,22;37;F;College
811;13,3,40,51,25,22,7,45,34,16;23;F;College
812;25,51,13,3,22,16,45,34,40,7;30;F;Graduate degree
813;25,3,45,51,13,7,22,40,16,34;31;F;Graduate degree
817;51,3,16,45,22,34,7,13,40,25;39;M;Graduate degree
818;51,25,13,3,16,22,45,34,7,40;25;M;College
819;25,45,16,13,40,51,22,7,3,34;51;F;Graduate degree
949;3,7,51,40,45,22,25,13,16,34;30;F;Graduate degree
1589;51,25,7,3,22,13,16,34,40,45;29;F;Graduate degree
823;3,22,25,51,13,7,16,40,34,45;39;F;College
1590;25,3,13,51,45,16,7,40,34,22;21;M;College
2487;25,51,3,7,13,22,45,40,16,34;32;F;Graduate degree
2362;45,25,7,3,34,51,40,16,13,22;37;F;College
2117;3,51,25,40,45,13,7,16,22,34;36;F;Graduate degree
2503;40,13,22,16,51,34,3,45,25,7;21;F;High School/GED
1866;3,25,51,13,45,22,40,7,16,34;46;M;Graduate degree
1615;34,51,25,3,40,16,13,45,22,7;35;M;Graduate degree
2255;25,7,3,13,22,51,45,16,40,34;26;F;High School/GED
1745;22,25,13,3,51,7,45,16,34,40;35;M;Graduate degree
2383;51,3,25,22,7,16,40,13,45,34;28;M;Graduate degree
2005;34,51,22,25,3,13,40,16,45,7;48;M;College
2134;51,25,3,34,7,13,22,45,16,40;35;M;Graduate degree
1751;16,3,22,51,7,45,13,25,40,34;37;M;Graduate degree
732;51,25,3,22,13,45,16,40,7,34;18;M;Graduate degree
734;3,25,13,40,22,45,7,16,34,51;30;M;High School/GED
735;51,22,7,25,13,3,45,34,16,40;44;F;High School/GED
736;13,40,25,51,45,34,16,7,3,22;29;F;Graduate degree
737;40,13,3,16,51,22,7,45,25,34;32;M;College
738;51,3,34,7,22,25,45,13,40,16;32;F;College
2401;51,22,3,45,7,13,34,25,16,40;32;F;College
740;22,51,13,45,25,7,3,16,34,40;29;M;Graduate degree
741;13,34,16,45,40,7,51,22,25,3;35;M;College
742;22,25,51,13,7,3,45,40,16,34;31;M;College
743;3,51,16,45,25,40,22,7,34,13;31;M;College
744;51,40,25,22,7,3,16,34,45,13;27;F;College
745;22,51,13,25,3,45,7,16,40,34;26;M;Graduate degree
746;51,45,22,13,16,25,3,7,40,34;30;M;College
747;51,45,22,3,16,7,40,34,25,13;26;F;Graduate degree
748;3,13,16,7,25,22,51,34,40,45;21;M;College
749;51,22,45,13,25,3,7,16,40,34;30;M;College
750;13,3,25,51,45,40,7,16,34,22;44;M;College
751;3,45,51,16,7,13,22,25,40,34;22;M;Graduate degree
2280;22,51,3,25,7,45,13,40,16,34;35;M;Graduate degree
753;22,40,51,13,3,45,25,7,16,34;41;F;Graduate degree
2033;51,25,13,45,22,40,3,7,16,34;55;F;College
1779;25,51,22,3,40,45,13,16,34,7;31;F;Graduate degree
2540;25,3,45,16,51,7,13,22,40,34;23;M;High School/GED
2166;51,7,22,3,25,40,16,45,34,13;35;F;High School/GED
1015;22,25,45,3,16,51,34,40,13,7;49;F;College
632;51,45,25,40,3,22,13,34,7,16;42;F;Graduate degree
634;40,7,34,45,13,16,3,51,22,25;32;M;Graduate degree
635;22,3,51,45,16,40,7,25,13,34;29;M;Graduate degree
