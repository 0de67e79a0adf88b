META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_money_3
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_money_3
num_projects;10
num_votes;75
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
3;27000;75;558;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
25;90000;75;524;The Sustainable Energy Pilot;Environment, public health & safety;Install energy conversion devices on gym equipment and a rapid electric vehicle charging station.
13;24000;75;498;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
51;105000;75;462;Security Cameras;Education;Install security cameras in public schools.
22;320000;75;426;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
7;50000;75;382;Laundry Access in Public Schools;Culture & community;Renovate a space in a Cambridge Public School and install washers and dryers for students who do not have easy access to laundry services at home, to use for their clothing and necessities.
40;120000;75;363;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
16;90000;75;340;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
45;250000;75;308;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
34;250000;75;264;Dog Park;Facilities, parks & recreation;Building a dog park.
VOTES
voter_id;vote;age;sex;education
1025;51,3,13,22,7,25,40,34,45,16;30;F;Graduate degree
1026;51,25,3,13,16,22,45,40,7,34;44;M;Graduate degree
1027;3,13,22,40,25,7,16,34,45,51;30;M;Graduate degree
1029;51,40,7,45,13,3,22,16,25,34;65;F;Graduate degree
1030;51,7,25,45,40,22,3,16,34,13;39;M;College
2313;22,3,51,25,16,7,40,13,45,34;65;M;Graduate degree
2441;45,13,25,40,22,51,3,7,16,34;35;M;Graduate degree
1035;22,3,13,40,16,34,45,51,25,7;32;M;Graduate degree
2495;3,13,25,22,40,16,7,51,45,34;50;M;High School/GED
1037;13,34,45,40,16,22,25,3,51,7;46;F;Graduate degree
2189;22,45,34,51,25,16,7,3,13,40;37;M;College
1680;3,40,25,13,7,45,34,22,16,51;58;M;College
1042;3,22,25,40,13,7,51,34,45,16;31;M;Graduate degree
1043;22,3,16,25,13,51,45,7,40,34;31;M;Graduate degree
2066;7,13,40,22,3,16,25,45,51,34;54;M;Graduate degree
1817;3,13,40,25,34,22,51,16,45,7;70;F;Graduate degree
2462;13,51,25,34,3,22,45,40,7,16;38;F;College
929;25,3,7,13,51,16,45,34,40,22;39;M;Graduate degree
2337;25,22,3,7,34,40,51,13,16,45;27;M;College
2211;13,3,7,25,16,45,40,34,51,22;32;M;College
1788;3,7,13,25,16,22,45,40,34,51;24;M;College
1578;51,22,25,13,3,7,45,16,40,34;38;F;Graduate degree
2093;51,45,3,22,40,25,13,7,16,34;38;F;College
1597;34,13,22,45,40,51,16,25,7,3;57;F;College
2365;22,3,7,45,34,40,16,51,25,13;33;F;High School/GED
959;3,25,51,13,16,7,40,34,22,45;32;M;Graduate degree
960;40,3,22,34,51,25,16,13,7,45;23;M;High School/GED
1472;25,22,34,16,13,45,51,7,3,40;28;M;Graduate degree
1473;25,13,3,40,16,7,22,45,51,34;50;M;Graduate degree
1474;13,3,40,16,34,22,45,51,7,25;45;M;Graduate degree
1475;13,34,22,25,51,3,45,7,16,40;18;M;High School/GED
1477;3,13,7,25,16,45,22,51,40,34;26;M;High School/GED
1478;25,13,3,51,7,22,40,34,16,45;24;M;College
1479;25,34,51,3,40,13,7,45,16,22;24;M;High School/GED
1480;16,13,25,51,22,3,45,7,40,34;21;M;High School/GED
2118;25,7,22,40,16,45,34,13,51,3;26;F;High School/GED
970;16,51,22,25,13,3,40,45,7,34;34;M;Graduate degree
971;25,51,22,7,16,34,3,13,40,45;34;M;Graduate degree
1482;51,34,22,3,13,45,25,7,16,40;34;F;College
1997;13,45,22,51,25,34,40,3,7,16;28;F;Graduate degree
1486;3,13,45,7,51,22,16,40,25,34;67;F;High School/GED
2254;3,13,25,51,40,16,22,7,45,34;32;M;College
1488;13,51,16,3,7,45,22,34,40,25;30;M;Graduate degree
1489;7,3,25,22,13,51,16,40,34,45;29;M;College
1491;3,7,22,13,51,16,40,25,45,34;34;M;Graduate degree
1492;3,51,25,22,13,7,16,40,45,34;39;M;Graduate degree
1620;3,25,16,51,7,40,34,22,13,45;30;M;High School/GED
982;25,22,13,51,40,45,34,3,16,7;43;M;Graduate degree
983;25,3,45,16,22,7,40,51,34,13;46;F;Graduate degree
984;51,16,40,25,13,34,3,7,45,22;47;M;High School/GED
1494;7,25,3,16,22,40,51,45,34,13;24;F;High School/GED
986;45,51,34,3,22,25,40,13,7,16;28;F;College
987;13,3,7,25,16,51,40,45,34,22;31;F;College
1623;3,40,7,51,13,25,16,34,45,22;21;F;Graduate degree
2521;25,22,3,7,51,13,45,40,16,34;33;M;Graduate degree
1502;3,13,40,22,51,45,7,25,34,16;22;M;High School/GED
1504;25,51,3,22,16,7,45,13,34,40;52;F;College
2144;25,34,22,3,13,7,51,45,40,16;27;F;College
1636;3,51,25,45,7,13,22,16,34,40;25;M;Graduate degree
998;25,3,13,51,34,22,7,40,16,45;34;M;High School/GED
2151;3,45,40,34,51,22,16,13,7,25;62;F;High School/GED
2408;13,25,3,7,40,16,45,22,34,51;39;F;High School/GED
1642;13,40,16,3,51,7,34,25,22,45;28;M;College
1515;13,3,40,7,25,45,34,22,16,51;31;F;Graduate degree
1004;51,3,7,25,16,45,40,13,22,34;29;M;Graduate degree
1005;25,51,40,3,16,45,13,34,7,22;40;M;Graduate degree
2285;25,51,13,7,3,40,16,45,34,22;34;F;College
2387;13,51,25,3,45,7,40,16,22,34;63;M;College
2541;25,3,51,7,16,13,22,40,45,34;34;M;High School/GED
1009;51,3,25,13,40,7,22,45,34,16;58;M;College
1013;22,45,7,13,51,3,25,40,34,16;22;F;High School/GED
1017;3,13,51,16,25,40,22,7,34,45;35;M;College
2042;25,22,3,13,7,40,34,16,45,51;51;M;College
1020;16,25,13,51,34,22,7,40,3,45;35;M;Graduate degree
2046;51,16,40,25,3,22,13,7,45,34;32;F;Graduate degree
