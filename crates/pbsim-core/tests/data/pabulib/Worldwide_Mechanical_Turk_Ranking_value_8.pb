META
key;value
description;Experimental PB on Mechanical Turk | Ranking_value_8
country;Worldwide
unit;Mechanical Turk
instance;Ranking_value_8
num_projects;20
num_votes;76
budget;500000
vote_type;ordinal
rule;unknown
date_begin;2022
date_end;2022
min_length;20
max_length;20
edition;1
language;en
currency;USD
experimental;1
acknowledgments;"The dataset was created in an experiment as part of the paper ""Participatory Budgeting Design for the Real World"" by Roy Fairsetin, Gerdus Benadè and Kobi Gal."
PROJECTS
project_id;cost;votes;score;name;category;description
28;176000;76;1086;Flashing Crosswalks for Safer Streets;Environment, public health & safety;This project would fund rapid flashing beacons at 10 high pedestrian risk crosswalks (3 of which are shown in the map). These beacons increase the visibility of pedestrians, especially at night. They can alert drivers to crossing pedestrians, thereby preventing crashes.
3;27000;76;1017;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
51;105000;76;972;Security Cameras;Education;Install security cameras in public schools.
22;320000;76;940;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
12;50000;76;907;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
37;305000;76;901;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
31;8000;76;873;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
10;250000;76;859;Accessible Entrance for the Library;Culture & community;Add automatic sliding doors, fix driveway and, if needed, remove steps to benefit seniors and people with disabilities.
30;250000;76;840;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
47;200000;76;802;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
42;190000;76;798;New Chairs for Public Schools;Education;New Chairs for Public Schools
17;75000;76;772;What’s Your Speed?;Streets, Sidewalks & Transit;Remind drivers to slow down by deploying live speed displays on busiest streets.
45;250000;76;735;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
40;120000;76;691;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
39;146000;76;685;Shade and Wet Weather Canopies for Playgrounds;Facilities, parks & recreation;Installing canopies over playgrounds that do not have protection from the elements will reduce weather-related safety concerns and increase playground availability and use.
32;42000;76;663;Free Wifi in 6 Outdoor Public Spaces;Facilities, parks & recreation;Install special outdoor wifi access points to offer free public wifi in the public space.
2;13000;76;652;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
8;250000;76;607;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
16;90000;76;585;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
11;12000;76;575;Bike repair stations;Streets, Sidewalks & Transit;Install 8 bike repair stations with tools and bike pumps across the city for cyclists to quickly, easily, and freely fix routine bike problems (3 of which are shown in the map).
VOTES
voter_id;vote;age;sex;education
2050;47,32,3,17,42,10,37,45,28,51,40,22,16,31,11,2,30,12,8,39;43;F;College
2307;10,37,3,45,8,47,51,32,17,42,40,28,12,30,2,22,39,31,11,16;66;F;Graduate degree
2181;28,12,22,31,51,37,42,30,10,47,11,3,32,2,39,45,16,8,17,40;67;M;College
1801;28,37,39,16,51,40,32,3,45,10,47,17,31,2,11,42,8,12,30,22;32;M;Graduate degree
1679;28,12,17,37,39,22,10,31,30,2,3,47,11,16,8,40,42,45,32,51;27;M;High School/GED
919;28,31,30,12,10,45,22,47,40,3,17,51,11,42,2,32,37,8,16,39;32;M;College
920;32,10,3,42,31,28,12,51,45,47,37,16,11,30,40,8,22,2,39,17;37;M;College
2167;10,37,39,3,12,45,22,40,51,8,30,16,42,47,2,32,11,28,17,31;49;F;College
2328;3,51,22,17,30,12,31,45,40,2,8,39,47,28,37,11,16,10,32,42;33;M;Graduate degree
2460;51,17,28,37,47,11,22,40,16,42,45,10,12,3,39,8,30,2,32,31;21;F;High School/GED
2077;51,45,32,31,22,30,12,28,47,3,40,2,11,37,17,16,39,10,42,8;22;M;College
1823;12,3,22,28,16,32,10,11,37,2,40,31,42,17,45,39,30,8,47,51;24;M;College
1576;37,45,30,32,39,42,3,11,10,2,8,47,31,17,28,22,51,12,16,40;37;F;High School/GED
1789;12,28,31,17,3,51,10,42,37,30,11,16,2,32,8,22,47,45,40,39;31;M;Graduate degree
1833;30,31,2,11,40,16,37,10,39,17,28,32,51,45,3,22,47,8,12,42;41;F;Graduate degree
2222;51,30,31,17,28,12,10,22,40,16,39,37,11,47,45,3,42,8,2,32;34;F;College
1587;28,45,51,12,11,31,47,37,22,3,17,16,40,42,8,2,39,32,10,30;41;M;Graduate degree
2360;47,22,51,30,37,31,17,3,28,42,10,8,40,2,45,32,16,39,12,11;41;F;Graduate degree
953;31,47,37,39,10,22,8,51,12,42,32,17,11,30,3,45,16,28,2,40;29;M;Graduate degree
954;28,12,37,22,30,51,45,31,47,39,40,42,8,11,17,16,10,32,3,2;32;F;College
2490;28,12,2,42,47,3,30,45,32,37,8,16,10,31,51,11,22,40,39,17;43;F;High School/GED
956;3,37,2,32,17,28,30,12,10,11,51,42,8,31,39,45,47,16,40,22;26;F;College
1640;3,28,8,51,40,47,17,10,30,22,12,37,42,31,2,39,11,45,32,16;32;F;Graduate degree
1598;22,37,30,42,12,16,45,40,39,11,2,10,51,32,47,8,3,17,28,31;50;M;Graduate degree
1599;30,28,12,42,10,37,3,11,22,47,2,45,32,8,40,39,16,31,17,51;24;M;College
1601;30,10,31,40,11,45,17,3,12,47,32,22,2,39,28,37,8,16,42,51;33;F;Graduate degree
962;28,22,31,30,51,45,42,3,2,10,8,16,37,39,40,32,17,12,11,47;30;M;Graduate degree
1602;39,37,28,22,17,31,51,12,2,16,10,32,3,8,42,45,30,40,11,47;22;F;College
964;22,31,51,42,40,37,12,2,8,28,32,39,3,11,17,10,30,45,16,47;24;M;Graduate degree
1603;12,3,30,45,16,2,28,17,40,51,42,47,31,10,8,22,32,37,39,11;20;M;College
2116;22,28,37,10,3,51,32,30,11,12,17,31,45,39,8,16,40,47,2,42;24;F;College
1991;37,30,3,2,22,45,31,8,16,42,11,17,39,47,10,28,32,12,40,51;41;M;College
2430;31,28,37,10,12,45,39,11,3,42,51,47,16,40,2,22,32,17,8,30;51;F;Graduate degree
969;3,37,22,51,28,10,17,42,31,30,40,16,45,11,39,12,2,32,47,8;32;M;Graduate degree
1611;17,12,28,10,32,3,37,45,31,42,8,51,2,47,22,16,11,39,40,30;18;F;Graduate degree
1613;51,28,12,31,17,37,39,45,47,2,10,30,3,40,42,11,16,22,8,32;34;F;High School/GED
2253;22,28,37,32,2,40,10,3,8,42,45,47,16,51,31,12,17,11,30,39;29;F;College
1618;22,3,47,16,12,40,42,39,28,31,17,45,30,51,10,32,8,11,2,37;24;M;Graduate degree
1619;51,42,37,22,47,40,10,39,16,2,32,8,28,17,45,31,11,30,12,3;28;M;Graduate degree
2003;12,28,30,42,17,32,51,40,31,47,37,8,10,3,45,16,22,2,11,39;34;F;Graduate degree
2386;39,37,40,22,10,8,2,3,45,42,47,16,17,12,11,28,31,30,32,51;27;M;Graduate degree
2514;3,30,12,28,32,51,17,10,45,47,2,39,42,16,37,40,8,22,11,31;75;F;College
1625;39,40,37,3,10,8,12,51,42,45,47,31,2,17,28,16,32,30,22,11;25;F;Graduate degree
1627;47,28,30,17,12,51,31,22,42,11,3,10,2,16,37,39,45,40,32,8;23;F;College
1756;12,28,17,30,47,42,3,37,22,2,31,8,10,16,45,40,39,11,32,51;27;M;High School/GED
2140;28,17,31,51,3,22,2,12,8,30,37,40,42,47,39,10,11,16,45,32;31;F;College
2283;22,30,28,51,42,45,47,31,3,8,11,16,12,17,2,40,37,32,10,39;35;M;College
2527;28,47,12,31,45,10,37,30,22,8,3,40,11,51,17,42,2,32,39,16;26;M;High School/GED
1634;30,3,28,37,40,45,42,8,10,51,32,39,2,12,31,22,11,16,47,17;34;F;College
1635;51,17,28,31,47,3,10,42,16,39,45,37,40,11,22,8,30,2,12,32;52;M;Graduate degree
996;3,37,32,8,28,11,12,40,42,31,30,16,17,51,45,10,39,22,2,47;65;F;College
2405;51,37,47,2,45,17,12,42,39,31,10,11,28,3,8,40,22,16,30,32;66;F;College
872;10,42,39,47,16,2,22,8,28,12,3,30,31,40,37,11,32,17,45,51;37;M;High School/GED
873;3,22,30,28,8,2,12,11,45,47,51,32,39,37,31,10,17,16,40,42;30;F;Graduate degree
874;2,51,22,17,28,39,30,3,12,45,11,42,16,10,47,32,40,8,31,37;58;M;Graduate degree
1002;10,8,28,17,31,39,40,32,47,42,45,3,51,30,16,11,2,12,22,37;54;M;High School/GED
876;31,51,32,28,22,39,30,17,16,47,37,42,45,8,12,3,2,10,40,11;47;F;Graduate degree
877;22,51,40,47,10,3,30,39,17,32,8,28,12,37,11,31,2,16,45,42;43;M;High School/GED
878;22,2,3,37,12,40,30,32,47,42,39,8,16,28,10,51,45,11,31,17;50;M;Graduate degree
879;51,22,40,47,10,12,42,11,16,2,39,8,37,30,31,32,3,17,45,28;33;M;Graduate degree
880;22,28,31,3,45,40,12,11,16,42,10,2,39,47,32,37,30,8,51,17;39;M;College
881;51,22,42,30,12,47,45,32,8,28,17,3,39,16,40,2,31,37,10,11;33;M;Graduate degree
1003;22,31,45,30,3,17,42,39,37,11,51,40,28,12,47,2,32,8,10,16;25;M;Graduate degree
883;51,11,47,3,28,40,39,32,12,45,8,42,31,17,2,16,37,22,10,30;33;M;Graduate degree
884;3,31,28,22,8,10,12,17,42,51,45,32,11,39,16,40,2,47,30,37;32;M;Graduate degree
885;51,28,16,17,31,40,47,32,22,11,2,37,12,10,30,3,45,42,8,39;33;M;Graduate degree
886;42,10,32,3,39,16,17,30,51,47,45,37,40,28,12,31,2,22,8,11;43;M;College
887;3,22,51,16,8,28,40,42,2,30,37,31,17,10,39,12,11,47,45,32;30;F;Graduate degree
888;22,3,32,51,10,39,30,37,12,28,8,31,16,17,42,40,2,45,11,47;22;M;College
889;51,31,47,10,22,32,11,8,28,39,3,30,45,17,37,40,42,2,16,12;33;M;Graduate degree
890;3,31,28,22,2,10,12,17,47,32,39,16,45,30,51,11,40,37,42,8;28;M;Graduate degree
891;3,28,30,22,10,8,12,11,42,51,47,40,32,39,45,37,31,17,16,2;30;M;Graduate degree
892;42,47,51,3,28,12,17,31,37,39,22,40,10,32,2,30,45,11,8,16;29;F;Graduate degree
893;51,2,16,11,3,28,32,37,42,31,30,39,22,10,8,40,17,47,12,45;33;M;Graduate degree
894;51,47,12,31,42,39,37,10,32,40,30,2,3,45,11,16,22,28,17,8;33;M;Graduate degree
1023;28,17,37,51,45,31,12,30,3,22,10,32,39,8,42,16,47,11,40,2;30;F;College
