META
key;value
description;Experimental PB on Mechanical Turk | k_approval_7
country;Worldwide
unit;Mechanical Turk
instance;k_approval_7
num_projects;20
num_votes;73
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
21;119400;49;Planting trees in the city;Environment, public health & safety;Street trees cool the city, absorb pollution, & make our neighborhoods more livable! planting 100 new trees & building tree wells in the areas that need them most.
3;27000;38;Computers for the community learning center;Culture & community;Funding 20 laptops including mice and keyboards, giving students a place to study.
22;320000;30;24H public toilet;Environment, public health & safety;24-hour access public toilet near Central Square.
12;50000;28;Separate Bike Lanes from Traffic;Streets, Sidewalks & Transit;Improve safety for drivers and bikers by moving bike lanes to be between street parking spots and the sidewalk, reducing car-bike interactions and potential collisions.
37;305000;27;Inclusive Playground for All Kids;Facilities, parks & recreation;This Universal Design playground would include equipment that is designed to be usable by everyone without special adaptations or retrofitting.
23;40000;24;5 Water Bottle Refill Stations;Environment, public health & safety;At a water bottle refill station you get a healthy drink for free.
41;110000;22;Protect the Health and Safety of our Firefighters;Facilities, parks & recreation;This proposal will purchase and install six gear drying units to shorten wait time for clean gear ($51,000), and eleven sets of wireless headsets to protect hearing and improve communication ($55,000). Let’s protect those who protect us.
50;200000;19;New Playground for public school;Education;Playground should include a jungle gym, and other equipment for kids to play different games.
47;200000;19;Upgraded Water Fountains for Public Schools;Education;Project would install 35 new water bottle refilling fountains in public schools.
2;13000;18;Little (book exchange) libraries;Culture & community;Installing 13 little free libraries across town (3 of which are shown in the map).
13;24000;15;Real-Time Bus Arrival Monitors in bus stations;Streets, Sidewalks & Transit;Real-time bus arrival monitors bus stops will inform travelers when the next bus will arrive, so they can adjust their plans if needed.
42;190000;14;New Chairs for Public Schools;Education;New Chairs for Public Schools
14;25000;14;Benches for a Walkable City;Streets, Sidewalks & Transit;Install 12 benches across town so that people of all ages and abilities can enjoy benches for resting, talking, tinkering with electronic devices, people watching, and being outdoors (3 of which are shown in the map).
43;150000;12;Invention and Production of Music;Education;Install music studios and equipment at the Youth Centers to inspire creativity, enable pre-teens and teens to express their skills and passions, and provide youth with another recreational outlet.
33;65000;11;Outdoor Fitness Equipment in the public park;Facilities, parks & recreation;Install outdoor body-weight fitness equipment for stretching, strength building, and plyometric exercises.
31;8000;8;Fire Hydrant Markers;Environment, public health & safety;Install high-visibility markers on fire hydrants around town to increase safety for all residents and reduce response time of the fire department by improving ease of locating hydrants in emergencies, at night, and in the snow.
8;250000;5;Meeting Room Upgrade for libraries;Culture & community;Upgrades will allow for the latest in technology be available for public use in the meeting room.
36;61000;4;Volleyball Court in the public park;Facilities, parks & recreation;Creating an outdoor volleyball court would be an exciting addition to the city. The court would have sand and a sturdy net for three-season usage.
5;75000;4;Digital Sign at City Hall in Multiple Languages;Culture & community;Digital sign that will scroll announcements in multiple languages and welcome people to town.
15;20000;3;Urban Bicycle Wash Stations;Streets, Sidewalks & Transit;Bicycle owners need to clean and care for their bikes, ideally monthly. But for apartment dwellers, this is really hard! These centrally located bicycle wash stations would allow bicycle owners to wash off dirt, grime, and salt from their bikes.
VOTES
voter_id;vote;age;sex;education
1024;21,22,41,47,50;28;M;College
643;2,3,42,50;29;M;Graduate degree
1669;2,3,21,33,43;37;M;College
776;21,22,33,41,50;29;M;Graduate degree
2184;3,12,22,31,50;35;M;Graduate degree
908;8,12,21,22,23;56;F;Graduate degree
781;12,21,23,37,47;31;F;Graduate degree
2319;23,31,37,41,43;41;M;Graduate degree
2067;21,37,42,47,50;43;F;College
2453;3,23,37,42,43;53;M;Graduate degree
790;2,8,14,21,23;31;F;Graduate degree
796;3,13,21,22,23;19;M;High School/GED
1436;3,12,21,37,47;56;F;Graduate degree
675;5,12,15,21,50;43;M;College
676;3,14,21,23,37;35;F;College
677;3,12,14,21,43;35;M;Graduate degree
2085;2,21,22,23,42;30;F;College
679;3,5,13,37,41;19;M;College
680;2,3,21,33,41;41;M;College
1832;8,31,41,47,50;31;M;College
682;13,31,37,41,42;36;F;College
2219;2,3,21,22,37;22;F;College
684;12,15,21,22,23;45;M;College
685;3,12,21,23,37;23;M;Graduate degree
1837;2,5,14,21,37;23;F;College
687;3,14,21,22,50;30;F;Graduate degree
688;12,14,21,37,41;56;M;College
692;3,12,22,37,43;41;M;College
2357;3,12,22,42,50;18;M;High School/GED
1846;3,21,23,33,47;22;F;High School/GED
1847;12,13,22,36,37;66;F;Graduate degree
2485;3,21,22,36,47;31;M;Graduate degree
1595;2,12,13,21,43;39;M;College
1596;2,3,13,21,23;24;F;College
2113;14,15,22,23,37;36;M;Graduate degree
2303;2,21,23,37,41;39;F;College
966;3,33,41,42,50;39;M;College
2247;3,22,23,43,50;50;F;College
973;3,12,13,22,37;36;M;Graduate degree
2382;21,22,23,33,50;26;F;College
722;12,37,41,43,47;20;M;College
723;3,12,22,41,43;47;M;Graduate degree
724;3,13,22,41,43;50;M;Graduate degree
725;21,31,37,41,47;25;F;College
2516;3,12,21,22,23;52;F;Graduate degree
727;2,14,21,22,23;48;M;Graduate degree
2135;12,13,21,22,31;44;M;Graduate degree
729;12,22,33,41,47;37;F;Graduate degree
985;12,13,21,31,37;22;F;Graduate degree
604;14,21,22,33,50;30;M;Graduate degree
605;2,12,21,23,33;34;M;Graduate degree
988;3,5,8,42,47;61;F;College
2399;21,23,41,42,47;24;M;College
608;2,3,21,37,41;32;F;Graduate degree
2530;3,12,21,37,47;28;F;College
611;2,12,13,14,23;24;M;High School/GED
2276;3,13,21,43,50;21;M;College
615;3,13,21,41,43;40;M;College
1768;3,14,37,42,50;38;F;High School/GED
617;14,22,36,37,47;40;M;Graduate degree
618;2,21,22,42,47;30;M;Graduate degree
619;3,22,23,33,50;18;M;College
2028;14,21,42,47,50;25;F;College
621;3,8,12,21,36;24;M;Graduate degree
622;3,21,22,41,42;45;M;College
624;3,12,13,21,37;29;M;College
2034;2,3,21,33,50;44;M;College
2162;3,23,37,41,47;59;F;College
761;12,21,23,41,47;31;F;College
764;2,14,21,37,47;19;F;High School/GED
2429;3,12,13,21,22;30;F;Graduate degree
766;2,3,12,21,22;33;F;College
767;21,31,41,42,50;37;M;Graduate degree
