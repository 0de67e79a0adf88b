META
key;value
description;Experimental PB on Mechanical Turk | Threshold_3
country;Worldwide
unit;Mechanical Turk
instance;Threshold_3
num_projects;10
num_votes;79
budget;500000
vote_type;approval
rule;unknown
date_begin;2022
date_end;2022
min_length;1
max_length;8
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;name;category;description
3;27000;58;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
51;105000;54;Security Cameras;Education;Install security cameras in public schools.
22;320000;49;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
25;90000;44;The Sustainable Energy Pilot;Environment, public health & safety;Install energy conversion devices on gym equipment and a rapid electric vehicle charging station.
40;120000;42;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
45;250000;38;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
13;24000;34;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
7;50000;31;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
34;250000;24;Dog Park;Facilities, parks & recreation;Building a dog park.
16;90000;17;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
VOTES
voter_id;vote;age;sex;education
524;3,13,22,51;38;M;Graduate degree
2069;7,22,25,51;39;M;Graduate degree
2070;3,13,25,34;52;M;High School/GED
1060;3,7,22,40;62;F;Graduate degree
2105;7,25,34,40,45;28;F;College
1102;3,7,22,25,45,51;18;F;High School/GED
1106;3,22,25,34,40,51;45;F;Graduate degree
1108;3,22,40,45,51;38;F;Graduate degree
1109;3,7,22,25,45,51;22;F;College
1113;7,13,22,25,51;27;M;Graduate degree
1115;3,13,25,40,45;31;M;College
1116;22,34,40,45;57;F;Graduate degree
1117;3,13,16,22,25,34,40,51;41;M;College
1118;3,7,22,25,40;44;F;Graduate degree
2143;3,22,25,51;28;F;High School/GED
1120;3,7,22,25;33;F;High School/GED
1121;3,7,13,51;33;M;College
1122;13,22,25,51;33;M;Graduate degree
1124;3,22,40,45,51;42;M;Graduate degree
1125;3,13,16,22,34,40,45,51;39;M;College
2153;3,7,13,25,51;30;F;High School/GED
1134;3,7,16,22,25,51;29;F;Graduate degree
1135;7,13,16,22,25,45,51;30;F;Graduate degree
1139;3,13,16,22,25,40,45,51;29;M;Graduate degree
2201;3,13,25,40,45;39;F;High School/GED
2238;3,22,34,40,45,51;46;M;High School/GED
2240;7,22,40;51;M;College
1729;7,13,34;18;M;High School/GED
2267;3,13,22,25,34,40,51;28;F;College
1246;3,13,25,34;37;M;Graduate degree
1249;22,40;34;F;Graduate degree
1763;3,34,40,45;62;M;High School/GED
1252;3,13,22,25,51;31;M;College
1253;3,16,22,25,40,45,51;18;M;Less than High School
1259;13,16,40,45,51;54;M;Graduate degree
1263;3,7,22,34,40,45,51;53;F;High School/GED
1775;3,7,40,45,51;44;F;College
2294;3,13,40,51;40;F;College
1276;3,7,13,34,51;22;F;College
1277;3,13,25,34,40,45,51;46;F;College
1281;3,25,34,51;38;F;College
1282;3,7,16,45,51;61;F;High School/GED
1285;3,7,13,22,25,40,45;36;F;College
1286;3,13,22,25,40,45;24;F;College
1287;3,7,22,25,45;25;M;Graduate degree
1289;3,22,25,34,45,51;33;F;High School/GED
1290;34,40,51;30;M;College
1291;3,16,22,25,51;46;M;College
1295;3,7,22,25,40;20;F;High School/GED
1308;13,22,45,51;19;M;High School/GED
1821;13,22,40,51;38;M;College
2336;13,16,25,45,51;41;M;College
1825;7,16,34,45,51;31;M;Graduate degree
1314;16,22,25,34,45,51;25;M;Graduate degree
2345;3,7,25,45,51;44;F;Graduate degree
1839;16,34;59;F;Graduate degree
1852;3,22,25,40,45;32;M;Graduate degree
2373;34,45,51;33;M;College
1864;7,16,22,45;39;F;Graduate degree
2394;3,7,22,40,45,51;43;F;College
2421;3,13,25,40,45;35;M;College
1411;3,13,22,25,51;21;F;High School/GED
1415;3,16,25,51;45;M;Graduate degree
2444;3,13,40,45,51;44;M;Graduate degree
2471;3,7,22,25,51;28;M;High School/GED
2500;3,22,25,51;32;M;Graduate degree
1993;3,7,22,40,51;31;F;College
992;3,22,40,51;28;F;Graduate degree
994;22,25,45,51;26;F;College
487;13,22,51;32;M;Graduate degree
489;3,7,13,25,40,51;58;F;College
492;3,13,22,40;58;M;College
2542;3,7,22,34,40,51;38;F;Graduate degree
2036;3,13,22,25,34,40,45;54;F;High School/GED
503;3,7,16,25,40,51;44;M;Graduate degree
504;3,16,40,45;28;M;College
505;3,13,22,51;27;M;Graduate degree
506;3,7,13,25,40;26;M;Graduate degree
1535;3,34,40,45,51;69;F;College
