META
key;value
description;Qualtrics Zurich PB Experiment 2023, S5D10 format
country;Switzerland
unit;Zurich
instance;S5D10
num_projects;24
num_votes;180
budget;60000
vote_type;cumulative
rule;unknown
date_begin;09.03.2023
date_end;19.03.2023
min_length;1
max_length;5
max_sum_points;10
language;en
currency;CHF
experimental;1
acknowledgments;Data from Yang et al. (2024), https://arxiv.org/abs/2310.03501.
PROJECTS
project_id;cost;votes;score;name;category;district
1;5000;34;53;Planting Workshops at Oerlikon;Nature;Nord
2;10000;57;120;Footpath Gardens around Train Stations;Nature;Nord
3;5000;6;8;Kid Festival at Leutschenpark;Culture;Nord
4;10000;18;34;Music Studio at Kulturbahnhof Affoltern;Culture;Nord
5;5000;77;152;Safe Bike Paths around Irchel Park;Transportation;Nord
6;10000;66;142;More Night Buses to Oerlikon;Transportation;Nord
7;5000;63;127;Free Open Badi Space in Wollishofen;Nature;Süd
8;10000;23;41;A Neighborhood Garden for Wiedikon;Nature;Süd
9;5000;8;12;Environmental Film Session for Kids;Culture;Süd
10;10000;24;41;Car-free Sunday Festivals on Mutschellenstrasse;Culture;Süd
11;5000;30;52;Free Bike Fixing Workshops;Transportation;Süd
12;10000;43;90;Car Sharing System for Young People;Transportation;Süd
13;5000;63;146;Transforming City Spaces under Trees into Gardens;Nature;Ost
14;10000;88;186;More Trees in Bellevue & Sechseläutenplatz;Nature;Ost
15;5000;13;17;Plant Festival in the City Centre;Culture;Ost
16;10000;43;85;Multicultural Festival at Sechseläutenplatz;Culture;Ost
17;5000;53;107;Bike Lanes on Seefeldstrasse;Transportation;Ost
18;10000;26;63;Speed bumps in the City and the Lake Front;Transportation;Ost
19;5000;33;63;Bird Houses for Zurich-Höngg;Nature;West
20;10000;24;40;Wet Biotope as Learning Garden in Frankental;Nature;West
21;5000;13;19;Dingtheke: Community Things Exchange Library in Wipkingen;Culture;West
22;10000;15;29;Sustainable Cooking Workshop with Kids;Culture;West
23;5000;17;27;Public Bicycle Moving Trailer to be Borrowed;Transportation;West
24;10000;59;146;Car-free Langstrasse;Transportation;West
VOTES
voter_id;vote;points;topic_preference_transport;topic_preference_culture;topic_preference_nature;district_preference;time_taken_seconds;format_easiness;format_expressiveness;format_rank
QGVT6BFJ;18,1,15,20,8;3,2,2,2,1;24;43;33;West;9;7;Neither easy nor difficult;Mostly describes my preference
YK3TDKDG;5,24,2,1,7;3,3,2,1,1;60;10;30;Nord;16;9;Somewhat difficult;Mostly describes my preference
GBXNVPT3;5,6,1,14,19;3,3,2,1,1;30;20;50;Nord;17;12;Somewhat easy;Mostly describes my preference
Q3XX1WEM;6,2,8,14,23;4,2,2,1,1;48;21;31;Nord;12;7;Somewhat difficult;Moderately describes my preference
VYWXL1Y7;14,1,5,13,24;3,2,2,2,1;50;15;35;Ost;13;5;Neither easy nor difficult;Moderately describes my preference
9FL7WKHB;8,11,16,5,10;3,3,2,1,1;25;50;25;Süd;41;11;Somewhat difficult;Slightly describes my preference
Z9WAJKGN;7,6,18,24,13;3,2,2,2,1;40;35;25;Nord;23;10;Neither easy nor difficult;Mostly describes my preference
S9ECLWWP;14,17,2,18,24;5,2,1,1,1;48;6;46;Ost;31;10;Extremely easy;Clearly describes my preference
HB147SX9;1,4,12,15,22;3,3,2,1,1;20;40;40;Nord;22;7;Somewhat easy;Moderately describes my preference
HJN3ASHT;24,14,17,7,8;5,3,2,0,0;43;15;42;Ost;14;6;Extremely difficult;Clearly describes my preference
69FGJ7YL;5,7,23,11,19;3,3,2,1,1;40;25;35;Nord;32;19;Somewhat difficult;Mostly describes my preference
UWYHTA6P;1,6,14,19,24;3,3,3,1,0;20;10;70;Nord;18;6;Somewhat easy;Moderately describes my preference
R3E7WUKL;13,12,14,24,5;3,2,2,2,1;40;20;40;Ost;41;8;Somewhat easy;Moderately describes my preference
TZE63P5P;16,13,17,18,7;3,2,2,2,1;33;34;33;Ost;27;6;Neither easy nor difficult;Mostly describes my preference
AN4E34N9;11,13,19,1,5;3,3,2,1,1;35;30;35;Ost;28;12;Neither easy nor difficult;Moderately describes my preference
SXBWM1MW;1,12,24,10,13;4,2,2,1,1;25;25;50;Ost;23;9;Somewhat difficult;Slightly describes my preference
VUKHHTRG;4,10,16,19,24;2,2,2,2,2;34;33;33;West;13;5;Somewhat difficult;Mostly describes my preference
US5DFGK1;4,2,1,5,6;6,3,1,0,0;25;42;33;Nord;26;4;Neither easy nor difficult;Mostly describes my preference
39TMQA7N;2,9,24,5,4;5,2,2,1,0;25;40;35;Ost;40;12;Somewhat easy;Mostly describes my preference
TXLBAP7X;11,5,6,17,23;3,2,2,2,1;60;0;40;Nord;23;6;Neither easy nor difficult;Mostly describes my preference
JTYKLNH1;17,14,18,13,16;4,2,2,1,1;62;13;25;Ost;28;8;Extremely easy;Mostly describes my preference
KD1FMAYY;2,13,14,1,10;4,2,2,1,1;25;25;50;Nord;24;5;Somewhat easy;Moderately describes my preference
C3T5K632;6,5,1,4,12;5,2,1,1,1;60;20;20;Nord;34;6;Somewhat difficult;Moderately describes my preference
WWG666QQ;14,16,19,1,8;3,3,2,1,1;35;35;30;Süd;26;8;Neither easy nor difficult;Mostly describes my preference
ASPT6E8J;18,6,14,17,5;3,2,2,2,1;67;0;33;Ost;29;5;Extremely easy;Mostly describes my preference
QL28MSCM;22,12,20,2,9;4,2,2,1,1;30;30;40;Ost;36;8;Somewhat easy;Clearly describes my preference
Z9D1X2XG;24,15,4,13,17;5,2,1,1,1;48;19;33;West;24;5;Neither easy nor difficult;Mostly describes my preference
C3MTQTG3;17,18,5,11,13;5,5,0,0,0;70;5;25;Ost;15;3;Somewhat difficult;Moderately describes my preference
Y2TTXBUL;16,6,14,19,5;3,2,2,2,1;40;25;35;Nord;29;7;Somewhat difficult;Slightly describes my preference
K9RFLV3L;6,2,13,14,19;3,2,2,2,1;40;10;50;Nord;38;6;Somewhat easy;Mostly describes my preference
QX2KYA7C;24,2,5,14,13;3,2,2,2,1;35;30;35;Nord;23;10;Neither easy nor difficult;Moderately describes my preference
AB2BXLJD;2,11,7,18,23;3,3,2,1,1;20;30;50;Nord;50;19;Somewhat easy;Slightly describes my preference
SLM9ZZCL;13,24,5,2,14;3,3,2,1,1;60;0;40;West;24;6;Somewhat difficult;Moderately describes my preference
NQCRFWTB;5,6,2,7,19;5,5,0,0,0;36;6;58;Nord;15;2;Somewhat easy;Clearly describes my preference
6UYARXYW;12,10,13,14,6;3,2,2,2,1;37;41;22;Ost;24;6;Somewhat easy;Mostly describes my preference
KHTJ7W7J;2,4,7,13,19;6,3,1,0,0;25;15;60;Nord;13;3;Neither easy nor difficult;Clearly describes my preference
P8GZFT8L;17,7,10,23,14;3,2,2,2,1;40;20;40;Ost;32;8;Somewhat easy;Clearly describes my preference
U8Y68QJ4;7,11,14,18,22;2,2,2,2,2;45;27;28;Ost;32;6;Neither easy nor difficult;Moderately describes my preference
1PW9NBML;17,16,6,7,14;4,3,1,1,1;50;30;20;Ost;50;16;Somewhat easy;Mostly describes my preference
H2ZP397R;16,4,10,22,14;3,2,2,2,1;0;70;30;West;46;9;Extremely easy;Clearly describes my preference
ZKMH52UG;13,20,14,5,21;3,3,2,1,1;14;5;81;Nord;36;5;Somewhat easy;Mostly describes my preference
BWZARCP8;13,5,22,6,17;4,2,2,1,1;42;16;42;West;23;11;Somewhat difficult;Moderately describes my preference
2UZ7AYW6;16,12,14,17,13;3,2,2,2,1;30;40;30;Ost;29;5;Somewhat difficult;Clearly describes my preference
9Q9KZWCT;5,20,11,8,14;3,3,2,1,1;20;40;40;West;32;12;Extremely difficult;Mostly describes my preference
5F5JRRRB;17,20,7,13,16;4,3,1,1,1;50;20;30;Ost;20;7;Somewhat easy;Clearly describes my preference
UBF7QR7K;5,14,16,17,23;3,2,2,2,1;50;25;25;Ost;41;11;Somewhat easy;Mostly describes my preference
F19UNPF5;13,5,6,24,7;3,2,2,2,1;40;10;50;Ost;25;6;Somewhat easy;Mostly describes my preference
E8CX628G;5,6,12,13,17;3,3,2,1,1;35;25;40;Nord;35;10;Neither easy nor difficult;Mostly describes my preference
PXF3UNXM;13,14,16,1,17;4,2,2,1,1;22;28;50;Ost;26;6;Somewhat easy;Mostly describes my preference
1TVFT13C;13,24,14,6,18;3,3,2,1,1;28;22;50;Ost;28;10;Neither easy nor difficult;Mostly describes my preference
5HSYVCSS;13,5,1,2,22;5,2,1,1,1;25;30;45;Nord;26;6;Somewhat difficult;Mostly describes my preference
A9JA5WV2;6,16,7,5,24;5,3,2,0,0;9;47;44;Nord;34;3;Neither easy nor difficult;Moderately describes my preference
FQPESPYV;24,17,1,5,11;5,2,1,1,1;59;22;19;Ost;25;8;Somewhat easy;Mostly describes my preference
ZBEKVQNM;2,7,5,11,13;3,3,2,1,1;44;10;46;Nord;12;7;Neither easy nor difficult;Clearly describes my preference
MRF9XQ4W;14,4,13,2,8;4,2,2,1,1;25;40;35;Nord;26;8;Somewhat easy;Clearly describes my preference
QQE4NNEJ;5,7,11,6,10;5,2,2,1,0;40;20;40;Nord;28;8;Neither easy nor difficult;Mostly describes my preference
FU6EEWTL;12,5,17,8,14;4,2,2,1,1;50;20;30;Süd;37;15;Somewhat difficult;Mostly describes my preference
TPH1REDA;2,6,13,7,22;4,2,2,1,1;30;25;45;Nord;28;10;Extremely easy;Clearly describes my preference
8NB6G7GU;11,7,2,5,14;4,3,1,1,1;40;15;45;West;36;8;Somewhat easy;Clearly describes my preference
NQ3NXP9U;6,11,24,1,10;3,3,2,1,1;60;20;20;Nord;30;5;Somewhat difficult;Mostly describes my preference
PZT3F4R8;19,20,1,21,24;4,3,1,1,1;30;20;50;West;76;16;Neither easy nor difficult;Slightly describes my preference
RC2FJU1H;2,13,16,20,24;4,3,2,1,0;32;23;45;Ost;33;5;Neither easy nor difficult;Mostly describes my preference
UZYTYJN7;5,13,17,2,24;3,3,2,1,1;60;13;27;Nord;28;12;Somewhat easy;Moderately describes my preference
KLJVPRUD;21,24,22,7,14;3,3,2,1,1;22;40;38;West;44;18;Somewhat easy;Clearly describes my preference
AZY9GYGJ;7,10,11,18,24;3,3,2,1,1;33;34;33;Ost;26;6;Neither easy nor difficult;Clearly describes my preference
FTX2CQXK;24,7,5,14,20;4,3,1,1,1;31;26;43;West;25;11;Somewhat difficult;Mostly describes my preference
G3MFZNB8;8,14,15,19,7;3,3,2,2,0;59;15;26;Süd;31;15;Neither easy nor difficult;Moderately describes my preference
4TUWVK4M;24,7,2,14,20;5,2,1,1,1;35;10;55;Ost;20;5;Extremely easy;Clearly describes my preference
FBN33ZL7;12,2,5,7,22;3,2,2,2,1;50;15;35;West;83;15;Somewhat easy;Mostly describes my preference
FASEYYR3;12,2,3,14,24;5,2,1,1,1;55;10;35;Nord;34;11;Somewhat easy;Mostly describes my preference
XYX5G4HH;2,7,12,14,22;2,2,2,2,2;51;17;32;Nord;12;5;Somewhat easy;Clearly describes my preference
UB36PRAV;13,24,12,14,11;3,3,2,2,0;25;25;50;Ost;28;8;Neither easy nor difficult;Mostly describes my preference
48B219TM;7,6,12,13,15;3,2,2,2,1;25;35;40;West;40;17;Somewhat difficult;Clearly describes my preference
XKBEGJMA;19,20,18,1,8;3,3,2,1,1;30;30;40;West;37;20;Somewhat difficult;Moderately describes my preference
PRTX6WYB;6,12,23,5,17;3,3,2,1,1;50;20;30;West;52;11;Somewhat difficult;Mostly describes my preference
A67CMQCV;2,6,16,19,23;4,3,1,1,1;50;25;25;West;40;14;Neither easy nor difficult;Moderately describes my preference
SAUTLCP8;7,23,13,8,12;3,3,2,1,1;24;50;26;Süd;46;15;Neither easy nor difficult;Mostly describes my preference
KGJHH5DB;6,2,15,18,8;3,2,2,2,1;45;20;35;Ost;34;8;Somewhat easy;Mostly describes my preference
KFWWSU2Z;7,13,16,19,20;4,3,1,1,1;25;35;40;Ost;64;23;Somewhat difficult;Moderately describes my preference
SW3RR2KX;16,6,14,1,17;4,2,2,1,1;33;32;35;Ost;75;11;Somewhat difficult;Mostly describes my preference
5L5K21HZ;6,5,1,2,4;4,3,1,1,1;40;40;20;Nord;55;6;Somewhat easy;Mostly describes my preference
YBD66HRT;18,2,13,24,14;3,2,2,2,1;50;10;40;Ost;24;5;Extremely easy;Clearly describes my preference
WFCEQBS1;4,6,13,5,14;4,2,2,1,1;38;25;37;Nord;16;6;Somewhat difficult;Mostly describes my preference
H64M2QZY;2,13,24,7,20;4,2,2,1,1;35;20;45;Ost;61;14;Somewhat easy;Does not describe my preference
DAS4S4YT;16,7,21,4,13;4,2,2,1,1;30;40;30;Ost;65;9;Neither easy nor difficult;Clearly describes my preference
AG2ZHXTW;19,22,24,1,13;5,3,2,0,0;40;20;40;West;41;12;Somewhat difficult;Moderately describes my preference
AY6VFCNL;13,24,14,16,17;3,3,2,1,1;20;30;50;Ost;64;13;Extremely easy;Slightly describes my preference
8JF51ARL;6,2,12,7,24;4,2,2,1,1;30;30;40;Nord;18;5;Neither easy nor difficult;Clearly describes my preference
P4GWG2B9;14,1,7,24,5;3,2,2,2,1;20;40;40;Süd;22;6;Neither easy nor difficult;Mostly describes my preference
GYQCPVXP;7,12,2,8,14;4,3,1,1,1;31;15;54;Süd;34;14;Extremely difficult;Mostly describes my preference
YLYTNK77;6,2,5,17,14;3,2,2,2,1;50;20;30;Nord;61;12;Extremely easy;Clearly describes my preference
LU4LQ3DT;14,5,17,10,24;4,2,2,1,1;45;20;35;Ost;23;9;Somewhat difficult;Clearly describes my preference
LGD8SLYY;5,9,13,6,24;4,2,2,1,1;33;34;33;Ost;32;15;Neither easy nor difficult;Mostly describes my preference
LLYL5HLN;17,19,14,5,6;3,3,2,1,1;40;30;30;Ost;27;6;Somewhat easy;Mostly describes my preference
XJS42TL6;2,6,11,13,16;2,2,2,2,2;50;20;30;Nord;37;9;Neither easy nor difficult;Clearly describes my preference
WV1V18SH;14,5,6,2,24;4,2,2,1,1;40;20;40;Nord;33;10;Neither easy nor difficult;Mostly describes my preference
6EAERTV3;5,17,7,12,24;5,3,2,0,0;70;0;30;Süd;53;4;Neither easy nor difficult;Mostly describes my preference
R3JNZ2ZR;7,8,6,13,19;4,3,1,1,1;30;30;40;Süd;23;9;Somewhat easy;Moderately describes my preference
Z1MTZHZV;7,11,5,8,10;5,2,1,1,1;40;10;50;Süd;20;5;Neither easy nor difficult;Clearly describes my preference
ATPGZUQQ;13,2,6,14,7;3,2,2,2,1;30;20;50;Ost;23;12;Somewhat easy;Mostly describes my preference
A6JSE9MB;14,6,17,5,11;5,2,2,1,0;61;15;24;Ost;30;11;Neither easy nor difficult;Does not describe my preference
C46LEUB6;14,13,15,19,2;3,2,2,2,1;20;20;60;Ost;27;8;Extremely easy;Clearly describes my preference
HPN639AU;13,1,5,6,10;10,0,0,0,0;25;38;37;Nord;12;7;Extremely easy;Mostly describes my preference
SR1XCLNM;7,12,24,6,18;3,3,2,1,1;50;30;20;Ost;86;12;Neither easy nor difficult;Mostly describes my preference
A48HJ449;4,3,13,16,8;3,2,2,2,1;30;40;30;Nord;45;13;Somewhat easy;Clearly describes my preference
F4LFVHAJ;18,20,13,2,11;3,3,2,1,1;50;15;35;Ost;47;9;Neither easy nor difficult;Mostly describes my preference
JFUHQJ2R;7,14,5,12,16;3,3,2,2,0;65;20;15;Süd;43;10;Extremely easy;Clearly describes my preference
T5UU6V6L;5,17,2,10,16;3,3,2,1,1;40;30;30;Nord;38;6;Somewhat easy;Mostly describes my preference
JZHCRY1K;3,5,22,8,14;3,3,2,1,1;25;40;35;Nord;33;7;Extremely difficult;Clearly describes my preference
2C24T7KE;14,17,5,6,12;3,3,2,1,1;25;30;45;Ost;23;7;Neither easy nor difficult;Mostly describes my preference
J95G6U5H;6,12,24,2,4;4,2,2,1,1;50;30;20;Nord;18;6;Somewhat difficult;Moderately describes my preference
NMDXBWCA;14,13,16,24,6;3,2,2,2,1;40;20;40;Ost;20;7;Somewhat easy;Mostly describes my preference
J3QC3A9L;24,6,14,17,19;3,2,2,2,1;30;20;50;Ost;74;21;Somewhat easy;Mostly describes my preference
BQ9NM8NA;2,10,14,18,23;2,2,2,2,2;40;30;30;Nord;65;8;Extremely easy;Mostly describes my preference
VU9GU7EC;24,19,1,2,12;5,2,1,1,1;30;30;40;West;25;11;Somewhat difficult;Clearly describes my preference
WJK3XX9Z;16,24,7,14,17;5,2,1,1,1;37;26;37;Ost;36;7;Neither easy nor difficult;Mostly describes my preference
NGVYR1W7;14,2,20,9,17;4,2,2,1,1;29;22;49;Ost;41;17;Somewhat easy;Mostly describes my preference
YAJPC2X2;10,16,7,5,11;3,3,2,1,1;33;34;33;Süd;22;6;Extremely easy;Clearly describes my preference
5DV6TKBH;17,18,14,13,16;3,3,2,1,1;40;25;35;Ost;25;5;Somewhat easy;Clearly describes my preference
Q1VJ7X9Y;10,24,6,1,21;3,3,2,1,1;30;35;35;Süd;47;13;Somewhat difficult;Mostly describes my preference
5MZSLUFC;13,14,19,5,17;3,3,2,1,1;40;10;50;Ost;15;9;Neither easy nor difficult;Mostly describes my preference
432RJBHZ;5,2,17,1,6;4,2,2,1,1;50;20;30;Nord;35;15;Somewhat difficult;Clearly describes my preference
F5M2YPXD;17,13,2,5,19;7,3,0,0,0;30;40;30;Ost;21;3;Somewhat easy;Clearly describes my preference
8AQ4NDL3;20,23,22,2,14;3,3,2,1,1;35;15;50;West;109;15;Somewhat difficult;Clearly describes my preference
RFYTP9LP;7,10,24,14,23;4,2,2,1,1;42;23;35;West;74;12;Somewhat easy;Clearly describes my preference
XGJWLASY;6,5,1,2,4;4,3,2,1,0;50;20;30;Nord;33;8;Extremely easy;Mostly describes my preference
M8BLJ2F3;1,2,5,3,6;4,3,3,0,0;40;10;50;Nord;20;4;Somewhat difficult;Moderately describes my preference
EFDZ7ETR;12,6,7,8,16;3,2,2,2,1;30;20;50;West;23;6;Neither easy nor difficult;Clearly describes my preference
55WRKBVE;8,24,7,14,17;4,3,1,1,1;30;20;50;West;41;15;Somewhat difficult;Mostly describes my preference
16AG1TYY;6,7,12,14,24;3,3,2,1,1;55;15;30;Süd;29;6;Somewhat easy;Clearly describes my preference
ASLWD2SD;13,12,14,8,17;4,3,3,0,0;20;20;60;Ost;32;18;Somewhat difficult;Moderately describes my preference
LY9YM7QB;5,1,2,4,6;3,2,2,2,1;38;24;38;Nord;25;10;Extremely easy;Does not describe my preference
Z2RR5XKJ;14,24,17,4,20;3,3,2,1,1;35;25;40;Ost;86;12;Extremely easy;Clearly describes my preference
SKRTM9LU;5,13,14,9,20;3,3,2,1,1;35;25;40;Süd;48;8;Somewhat difficult;Mostly describes my preference
W2MLS75Q;13,14,17,18,15;3,2,2,2,1;35;20;45;Ost;29;6;Somewhat easy;Clearly describes my preference
E61HYTYU;7,19,2,1,21;3,3,2,1,1;26;22;52;Nord;61;9;Somewhat difficult;Moderately describes my preference
KS38TBG8;14,17,5,7,21;3,3,2,1,1;35;20;45;Ost;30;5;Neither easy nor difficult;Mostly describes my preference
XVHXW4NR;2,14,6,12,23;3,3,2,1,1;40;20;40;Ost;28;10;Extremely easy;Clearly describes my preference
WPE7PDH3;13,14,19,5,17;3,3,2,1,1;30;20;50;Ost;31;7;Somewhat difficult;Clearly describes my preference
VMTUZREL;6,5,12,17,23;3,2,2,2,1;43;21;36;Nord;33;20;Somewhat difficult;Mostly describes my preference
4XC8CX5K;21,23,20,11,12;3,3,2,1,1;50;30;20;West;30;12;Neither easy nor difficult;Mostly describes my preference
EJGJXLSU;13,14,17,15,18;3,3,2,1,1;35;15;50;Ost;46;16;Somewhat difficult;Clearly describes my preference
ZH1C7RZF;2,14,19,23,7;4,3,2,1,0;34;15;51;Nord;27;5;Somewhat difficult;Slightly describes my preference
9MKCB7MQ;18,14,15,16,17;10,0,0,0,0;50;25;25;Ost;71;13;Extremely difficult;Clearly describes my preference
KCJ79YXW;7,10,24,6,15;3,3,2,1,1;30;40;30;West;36;7;Somewhat difficult;Mostly describes my preference
SVRH73LF;6,5,12,11,16;4,2,2,1,1;38;28;34;Süd;23;9;Somewhat easy;Mostly describes my preference
6TWRBG64;14,5,6,13,19;3,2,2,2,1;30;10;60;Ost;24;7;Neither easy nor difficult;Mostly describes my preference
2K9TK9X1;14,16,17,13,18;4,2,2,1,1;35;25;40;Ost;43;8;Somewhat easy;Moderately describes my preference
L2WBGDBB;19,24,17,4,16;3,3,2,1,1;45;30;25;Ost;29;9;Neither easy nor difficult;Clearly describes my preference
AH17ZXW1;1,11,14,5,6;3,3,2,1,1;30;10;60;Nord;26;8;Neither easy nor difficult;Moderately describes my preference
8GSXKNY4;14,7,13,11,12;4,2,2,1,1;42;20;38;Ost;44;14;Neither easy nor difficult;Clearly describes my preference
NLHBD2KE;1,9,14,20,22;4,2,2,1,1;8;22;70;Nord;36;12;Somewhat difficult;Mostly describes my preference
U8VU8B6L;24;10;20;20;60;West;19;1;Extremely difficult;Moderately describes my preference
YKQ279Y2;2,16,6,15,20;4,3,1,1,1;29;32;39;Ost;31;7;Neither easy nor difficult;Mostly describes my preference
TFL7ZHZR;2,13,7,14,15;3,3,2,1,1;35;10;55;West;35;8;Neither easy nor difficult;Moderately describes my preference
K526FDSR;19,12,1,5,20;6,4,0,0,0;30;20;50;Nord;20;8;Somewhat easy;Mostly describes my preference
M9EWVKCX;6,7,14,16,21;4,2,2,1,1;35;15;50;West;35;9;Neither easy nor difficult;Clearly describes my preference
RZCGMWLH;5,24,18,14,16;3,3,2,1,1;40;40;20;Nord;44;9;Neither easy nor difficult;Moderately describes my preference
GJDV2MST;24,19,7,20,21;5,2,1,1,1;15;40;45;West;52;9;Somewhat difficult;Clearly describes my preference
CH5QQFBL;7,24,6,12,17;3,3,2,2,0;53;14;33;Süd;29;11;Somewhat easy;Mostly describes my preference
Y1D4XWV5;11,12,14,16,19;2,2,2,2,2;20;20;60;Ost;27;7;Neither easy nor difficult;Mostly describes my preference
DXP44T17;5,12,17,3,14;3,3,2,1,1;35;40;25;Ost;27;10;Somewhat easy;Clearly describes my preference
ATEYGYZZ;17,14,5,7,16;4,3,1,1,1;30;0;70;Ost;21;6;Extremely easy;Clearly describes my preference
YM4R3X7S;2,6,5,16,23;3,3,2,1,1;35;25;40;Nord;18;7;Extremely easy;Clearly describes my preference
DV7YAWGL;12,22,10,5,6;3,3,2,1,1;50;30;20;Ost;21;6;Somewhat difficult;Mostly describes my preference
UCNZR63U;7,12,10,21,24;3,3,2,1,1;50;30;20;Ost;26;10;Neither easy nor difficult;Moderately describes my preference
N7M3DUG4;12,16,5,7,21;3,3,2,2,0;33;34;33;Nord;21;7;Extremely easy;Mostly describes my preference
5J9328YV;24,5,6,19,20;7,1,1,1,0;50;0;50;West;40;9;Extremely difficult;Moderately describes my preference
4VQ14DB6;7,10,11,14,12;3,3,3,1,0;37;30;33;Süd;32;6;Somewhat difficult;Mostly describes my preference
LGXYJ4C1;5,1,2,3,6;5,2,1,1,1;50;20;30;Nord;36;7;Somewhat difficult;Moderately describes my preference
XZJCW2GS;8,10,14,16,24;6,2,1,1,0;10;80;10;Süd;31;4;Neither easy nor difficult;Clearly describes my preference
H4T5RY7K;11,21,5,19,17;3,3,2,2,0;45;25;30;West;51;8;Extremely difficult;Mostly describes my preference
JCR7EG1H;14,13,7,18,12;6,2,1,1,0;40;20;40;Ost;37;8;Somewhat difficult;Slightly describes my preference
JJBCAC37;5,18,6,11,17;3,3,2,1,1;75;0;25;Süd;27;14;Extremely easy;Clearly describes my preference
9HDEH1D1;2,5,6,8,9;2,2,2,2,2;35;31;34;West;19;6;Extremely easy;Mostly describes my preference
44VVL46Y;7,8,9,10,11;4,4,1,1,0;25;25;50;Süd;37;16;Somewhat difficult;Mostly describes my preference
15KHCW7R;13,16,24,7,14;5,3,2,0,0;50;20;30;Ost;16;3;Neither easy nor difficult;Mostly describes my preference
PS5EF9WV;18,16,11,12,17;4,3,1,1,1;40;20;40;Ost;68;7;Neither easy nor difficult;Clearly describes my preference
14SJEBYM;24,2,7,16,20;5,2,1,1,1;30;40;30;Süd;20;5;Somewhat difficult;Clearly describes my preference
66639V43;5,6,7,12,13;2,2,2,2,2;38;9;53;West;13;3;Extremely easy;Clearly describes my preference
