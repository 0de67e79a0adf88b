META
key;value
description;Experimental PB on Mechanical Turk | k_approval_8
country;Worldwide
unit;Mechanical Turk
instance;k_approval_8
num_projects;20
num_votes;74
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
51;105000;36;Security Cameras;Education;Install security cameras in public schools.
28;176000;32;Flashing Crosswalks for Safer Streets;Environment, public health & safety;This project would fund rapid flashing beacons at 10 high pedestrian risk crosswalks (3 of which are shown in the map). These beacons increase the visibility of pedestrians, especially at night. They can alert drivers to crossing pedestrians, thereby preventing crashes.
12;50000;31;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
3;27000;31;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
30;250000;27;Soak Up the Solar Power;Environment, public health & safety;Free, clean, renewable energy! Let’s add solar panels to the Youth Center to reduce greenhouse gas emissions and save money on energy.
32;42000;25;Free Wifi in 6 Outdoor Public Spaces;Facilities, parks & recreation;Install special outdoor wifi access points to offer free public wifi in the public space.
22;320000;23;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
37;305000;21;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
40;120000;20;Let’s Rest: Picnic Tables & Benches for Our Parks;Facilities, parks & recreation;Benches and picnic tables bring our community together. Installing new benches and picnic tables in up to 10 of our park will allow people of all ages and abilities to enjoy them for resting, talking, reading, people watching and being outdoors (3 of which are shown in the map).
47;200000;18;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
45;250000;16;Installing Lights at the school Basketball Court;Education;Install lighting to extend safe playing hours for basketball courts. Increases safety for community members while expanding healthy alternatives for youth and access to public space.
39;146000;16;Shade and Wet Weather Canopies for Playgrounds;Facilities, parks & recreation;Installing canopies over playgrounds that do not have protection from the elements will reduce weather-related safety concerns and increase playground availability and use.
42;190000;15;New Chairs for Public Schools;Education;New Chairs for Public Schools
17;75000;13;What’s Your Speed?;Streets, Sidewalks & Transit;Remind drivers to slow down by deploying live speed displays on busiest streets.
31;8000;11;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
10;250000;11;Accessible Entrance for the Library;Culture & community;Add automatic sliding doors, fix driveway and, if needed, remove steps to benefit seniors and people with disabilities.
2;13000;10;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
16;90000;3;Sheltered Bike Parking at the Main Library;Streets, Sidewalks & Transit;The Main Library needs more bicycle parking. A glass pavilion, protecting bikes from the weather, landscaped with paths and trees, will be an attractive and functional addition to the library grounds.
11;12000;3;Bike repair stations;Streets, Sidewalks & Transit;Install 8 bike repair stations with tools and bike pumps across the city for cyclists to quickly, easily, and freely fix routine bike problems (3 of which are shown in the map).
8;250000;3;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
VOTES
voter_id;vote;age;sex;education
768;28,30,32,40,45;37;M;College
641;2,17,22,30,42;28;F;Graduate degree
769;12,22,30,31,37;26;F;Graduate degree
770;2,32,37,39,40;68;F;Graduate degree
645;3,28,30,45,51;32;F;Graduate degree
774;2,12,17,28,45;27;M;College
775;8,28,37,42,51;46;F;Graduate degree
778;3,12,31,39,47;29;F;College
779;3,28,30,42,51;34;F;College
1292;10,28,30,32,40;56;F;Graduate degree
2191;2,16,22,30,45;51;M;College
912;12,22,28,40,51;49;F;College
2065;12,28,30,32,51;31;M;College
786;12,22,32,37,39;36;F;College
788;11,12,32,39,51;20;F;High School/GED
1046;3,12,22,32,37;34;M;College
2454;17,30,31,32,51;37;M;College
792;2,30,37,39,47;42;F;Graduate degree
793;10,22,30,40,51;40;F;College
794;3,30,37,42,47;23;M;College
797;3,12,17,32,47;45;M;Graduate degree
1566;3,16,40,42,51;31;F;Graduate degree
799;12,22,39,42,51;29;M;Graduate degree
800;3,17,28,31,39;45;F;High School/GED
928;3,28,37,47,51;38;F;Graduate degree
2333;3,28,39,40,45;45;M;College
2338;12,16,22,32,51;30;F;Graduate degree
1407;3,22,28,47,51;55;F;College
809;3,10,12,37,45;68;F;College
810;22,28,32,40,51;18;M;High School/GED
2089;3,12,22,28,32;36;F;Graduate degree
686;28,51;18;M;Graduate degree
814;11,12,30,47;18;F;High School/GED
815;12,32,37,47,51;26;M;Graduate degree
689;8,17,30,32;18;M;Graduate degree
690;10,12,17,42,47;32;F;High School/GED
816;3,28,31,42,47;21;M;College
694;3,28,37,40,42;35;M;Graduate degree
2111;3,37,39,40,45;58;M;College
2175;10,12,30,39,45;27;F;High School/GED
965;22,28,31,40,51;34;M;Graduate degree
1097;2,3,10,30,37;34;M;College
2250;11,31,39,42,51;18;F;College
1996;3,28,30,45,51;36;M;College
974;10,30,32,40,51;49;F;College
1742;2,3,12,40,51;26;F;College
976;3,22,30,47,51;44;F;Graduate degree
2384;12,17,28,32,51;34;F;High School/GED
1746;10,22,31,42,47;38;F;Graduate degree
2512;10,12,22,28,51;30;F;College
728;12,28,31,40,47;27;M;College
1753;3,12,30,39,51;39;F;High School/GED
730;3,22,28,32,51;54;F;College
731;17,28,31,39,45;23;M;High School/GED
2138;3,28,32,45,47;53;F;College
2021;3,12,37,42,51;23;M;College
2277;12,17,22,39,51;49;M;College
2538;2,30,37,45,51;28;F;Graduate degree
2411;12,28,30,32,40;40;M;Graduate degree
623;2,17,32,40,51;49;F;Graduate degree
1776;12,28,37,40,47;60;F;High School/GED
625;3,22,32,37,51;30;M;Graduate degree
1393;12,30,32,39,40;40;M;College
1267;3,10,30,37,51;31;F;Graduate degree
628;12,17,39,45,51;25;F;College
629;3,28,30,37,45;34;F;College
630;3,8,22,30,42;22;F;Graduate degree
2165;2,17,22,37,45;36;M;College
2289;22,28,31,32,47;44;F;Graduate degree
633;3,30,42,47,51;27;F;College
2426;3,12,32,45,51;31;M;College
637;3,12,28,40,47;34;F;Graduate degree
638;22,28,32,42,51;46;M;Graduate degree
639;10,12,28,37,40;65;M;College
