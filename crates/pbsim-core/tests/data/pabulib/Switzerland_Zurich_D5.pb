META
key;value
description;Qualtrics Zurich PB Experiment 2023, D5 format
country;Switzerland
unit;Zurich
instance;D5
num_projects;24
num_votes;180
budget;60000
vote_type;cumulative
rule;unknown
date_begin;09.03.2023
date_end;19.03.2023
min_length;1
max_length;5
max_sum_points;5
language;en
currency;CHF
experimental;1
acknowledgments;Data from Yang et al. (2024), https://arxiv.org/abs/2310.03501.
PROJECTS
project_id;cost;votes;score;name;category;district
1;5000;22;26;Planting Workshops at Oerlikon;Nature;Nord
2;10000;36;46;Footpath Gardens around Train Stations;Nature;Nord
3;5000;6;7;Kid Festival at Leutschenpark;Culture;Nord
4;10000;14;20;Music Studio at Kulturbahnhof Affoltern;Culture;Nord
5;5000;55;83;Safe Bike Paths around Irchel Park;Transportation;Nord
6;10000;53;77;More Night Buses to Oerlikon;Transportation;Nord
7;5000;38;56;Free Open Badi Space in Wollishofen;Nature;Süd
8;10000;12;15;A Neighborhood Garden for Wiedikon;Nature;Süd
9;5000;4;4;Environmental Film Session for Kids;Culture;Süd
10;10000;12;16;Car-free Sunday Festivals on Mutschellenstrasse;Culture;Süd
11;5000;19;24;Free Bike Fixing Workshops;Transportation;Süd
12;10000;31;41;Car Sharing System for Young People;Transportation;Süd
13;5000;47;69;Transforming City Spaces under Trees into Gardens;Nature;Ost
14;10000;62;90;More Trees in Bellevue & Sechseläutenplatz;Nature;Ost
15;5000;7;7;Plant Festival in the City Centre;Culture;Ost
16;10000;31;45;Multicultural Festival at Sechseläutenplatz;Culture;Ost
17;5000;40;58;Bike Lanes on Seefeldstrasse;Transportation;Ost
18;10000;23;36;Speed bumps in the City and the Lake Front;Transportation;Ost
19;5000;22;31;Bird Houses for Zurich-Höngg;Nature;West
20;10000;19;24;Wet Biotope as Learning Garden in Frankental;Nature;West
21;5000;6;8;Dingtheke: Community Things Exchange Library in Wipkingen;Culture;West
22;10000;13;16;Sustainable Cooking Workshop with Kids;Culture;West
23;5000;13;18;Public Bicycle Moving Trailer to be Borrowed;Transportation;West
24;10000;47;83;Car-free Langstrasse;Transportation;West
VOTES
voter_id;vote;points;topic_preference_transport;topic_preference_culture;topic_preference_nature;district_preference;time_taken_seconds;format_easiness;format_expressiveness;format_rank
QGVT6BFJ;2,3,1;2,2,1;24;43;33;West;7;4;Neither easy nor difficult;Moderately describes my preference
YK3TDKDG;5,1,2,24;2,1,1,1;60;10;30;Nord;34;6;Neither easy nor difficult;Mostly describes my preference
GBXNVPT3;5,6,1;2,2,1;30;20;50;Nord;27;5;Neither easy nor difficult;Mostly describes my preference
Q3XX1WEM;2,5,6,8,14;1,1,1,1,1;48;21;31;Nord;40;12;Extremely difficult;Slightly describes my preference
VYWXL1Y7;1,6,13,14,19;1,1,1,1,1;50;15;35;Ost;29;6;Neither easy nor difficult;Moderately describes my preference
9FL7WKHB;4,8,10,11,16;1,1,1,1,1;25;50;25;Süd;44;7;Somewhat difficult;Slightly describes my preference
Z9WAJKGN;6,24,7;2,2,1;40;35;25;Nord;29;6;Extremely difficult;Moderately describes my preference
S9ECLWWP;14,17,18;3,1,1;48;6;46;Ost;25;12;Extremely easy;Slightly describes my preference
HB147SX9;1,4,12,22;2,1,1,1;20;40;40;Nord;28;4;Somewhat easy;Slightly describes my preference
HJN3ASHT;24;5;43;15;42;Ost;10;1;Neither easy nor difficult;Clearly describes my preference
69FGJ7YL;23,5,7,17;2,1,1,1;40;25;35;Nord;35;28;Somewhat difficult;Mostly describes my preference
UWYHTA6P;1,6,14,19;2,1,1,1;20;10;70;Nord;48;6;Neither easy nor difficult;Moderately describes my preference
R3E7WUKL;5,12,13,14,24;1,1,1,1,1;40;20;40;Ost;67;7;Somewhat easy;Moderately describes my preference
TZE63P5P;13,16,7;2,2,1;33;34;33;Ost;69;13;Neither easy nor difficult;Mostly describes my preference
AN4E34N9;13,1,11,19;2,1,1,1;35;30;35;Ost;42;8;Extremely difficult;Moderately describes my preference
SXBWM1MW;1,6,14,20,24;1,1,1,1,1;25;25;50;Ost;25;8;Somewhat difficult;Slightly describes my preference
VUKHHTRG;4,10,16,19,24;1,1,1,1,1;34;33;33;West;45;7;Extremely difficult;Moderately describes my preference
US5DFGK1;4;5;25;42;33;Nord;43;3;Neither easy nor difficult;Mostly describes my preference
39TMQA7N;2,4,9,24;2,1,1,1;25;40;35;Ost;53;5;Somewhat easy;Clearly describes my preference
TXLBAP7X;11,5,6,17;2,1,1,1;60;0;40;Nord;46;7;Somewhat difficult;Moderately describes my preference
JTYKLNH1;14,17,18;2,2,1;62;13;25;Ost;26;9;Somewhat easy;Moderately describes my preference
KD1FMAYY;2,7,13,20,22;1,1,1,1,1;25;25;50;Nord;50;5;Extremely difficult;Moderately describes my preference
C3T5K632;6,5;4,1;60;20;20;Nord;28;2;Extremely easy;Clearly describes my preference
WWG666QQ;16,1,14,19;2,1,1,1;35;35;30;Süd;33;5;Extremely difficult;Does not describe my preference
ASPT6E8J;14,18,17;2,2,1;67;0;33;Ost;58;9;Extremely easy;Mostly describes my preference
QL28MSCM;22,2,12,20;2,1,1,1;30;30;40;Ost;86;11;Somewhat easy;Moderately describes my preference
Z9D1X2XG;24,4,15,17;2,1,1,1;48;19;33;West;58;5;Extremely difficult;Slightly describes my preference
C3MTQTG3;17,18;3,2;70;5;25;Ost;16;3;Neither easy nor difficult;Slightly describes my preference
Y2TTXBUL;6,14,16,19;2,1,1,1;40;25;35;Nord;38;4;Extremely difficult;Does not describe my preference
K9RFLV3L;6,14,2;2,2,1;40;10;50;Nord;41;3;Somewhat difficult;Moderately describes my preference
QX2KYA7C;5,24,2;2,2,1;35;30;35;Nord;42;5;Neither easy nor difficult;Moderately describes my preference
AB2BXLJD;2,7,11,18,23;1,1,1,1,1;20;30;50;Nord;51;8;Somewhat easy;Moderately describes my preference
SLM9ZZCL;24,2,5,13;2,1,1,1;60;0;40;West;50;4;Somewhat difficult;Slightly describes my preference
NQCRFWTB;5;5;36;6;58;Nord;13;1;Neither easy nor difficult;Mostly describes my preference
6UYARXYW;12,14,6;2,2,1;37;41;22;Ost;35;8;Extremely difficult;Does not describe my preference
KHTJ7W7J;2,4;4,1;25;15;60;Nord;26;2;Neither easy nor difficult;Mostly describes my preference
P8GZFT8L;17,7,10,23;2,1,1,1;40;20;40;Ost;52;7;Somewhat easy;Mostly describes my preference
U8Y68QJ4;18,11,16,22;2,1,1,1;45;27;28;Ost;64;4;Neither easy nor difficult;Moderately describes my preference
1PW9NBML;17,6,7,16;2,1,1,1;50;30;20;Ost;89;12;Neither easy nor difficult;Moderately describes my preference
H2ZP397R;4,10,14,16,22;1,1,1,1,1;0;70;30;West;81;12;Extremely easy;Moderately describes my preference
ZKMH52UG;14,20,5;2,2,1;14;5;81;Nord;55;5;Somewhat difficult;Moderately describes my preference
BWZARCP8;13,6,17,22;2,1,1,1;42;16;42;West;45;8;Somewhat difficult;Moderately describes my preference
2UZ7AYW6;16,12,13,17;2,1,1,1;30;40;30;Ost;71;8;Somewhat easy;Moderately describes my preference
9Q9KZWCT;5,11,18,20,24;1,1,1,1,1;20;40;40;West;39;7;Somewhat difficult;Moderately describes my preference
5F5JRRRB;17,7,16,20;2,1,1,1;50;20;30;Ost;29;4;Somewhat easy;Mostly describes my preference
UBF7QR7K;5,9,14,17,23;1,1,1,1,1;50;25;25;Ost;59;43;Neither easy nor difficult;Mostly describes my preference
F19UNPF5;13,6,7,24;2,1,1,1;40;10;50;Ost;67;6;Somewhat difficult;Moderately describes my preference
E8CX628G;6,2,5,13;2,1,1,1;35;25;40;Nord;42;14;Somewhat difficult;Moderately describes my preference
PXF3UNXM;13,14,16;2,2,1;22;28;50;Ost;33;9;Somewhat difficult;Moderately describes my preference
1TVFT13C;13,14,18,24;2,1,1,1;28;22;50;Ost;30;5;Somewhat difficult;Slightly describes my preference
5HSYVCSS;13,5,22;3,1,1;25;30;45;Nord;38;3;Somewhat difficult;Moderately describes my preference
A9JA5WV2;6,16,5;2,2,1;9;47;44;Nord;87;5;Somewhat difficult;Clearly describes my preference
FQPESPYV;24,1,11,17;2,1,1,1;59;22;19;Ost;48;5;Somewhat easy;Moderately describes my preference
ZBEKVQNM;5,2,7,24;2,1,1,1;44;10;46;Nord;21;13;Somewhat difficult;Mostly describes my preference
MRF9XQ4W;14,2,4,8;2,1,1,1;25;40;35;Nord;30;4;Neither easy nor difficult;Does not describe my preference
QQE4NNEJ;5,7;3,2;40;20;40;Nord;35;3;Somewhat difficult;Moderately describes my preference
FU6EEWTL;12,5,8;3,1,1;50;20;30;Süd;63;7;Somewhat difficult;Moderately describes my preference
TPH1REDA;2,6,7,13;2,1,1,1;30;25;45;Nord;60;7;Somewhat difficult;Moderately describes my preference
8NB6G7GU;7,11,6;2,2,1;40;15;45;West;40;7;Somewhat easy;Mostly describes my preference
NQ3NXP9U;6,11,1;2,2,1;60;20;20;Nord;72;5;Somewhat difficult;Mostly describes my preference
PZT3F4R8;19,20,24;2,2,1;30;20;50;West;41;7;Neither easy nor difficult;Slightly describes my preference
RC2FJU1H;13,2,16;3,1,1;32;23;45;Ost;62;6;Somewhat difficult;Moderately describes my preference
UZYTYJN7;1,5,13;2,2,1;60;13;27;Nord;26;3;Somewhat difficult;Moderately describes my preference
KLJVPRUD;24,14,21,22;2,1,1,1;22;40;38;West;95;16;Somewhat easy;Moderately describes my preference
AZY9GYGJ;24,11,12,18;2,1,1,1;33;34;33;Ost;46;4;Somewhat difficult;Slightly describes my preference
FTX2CQXK;24,7,14,20;2,1,1,1;31;26;43;West;41;7;Somewhat difficult;Slightly describes my preference
G3MFZNB8;14,8,15,19;2,1,1,1;59;15;26;Süd;48;18;Somewhat easy;Moderately describes my preference
4TUWVK4M;24,14,20;3,1,1;35;10;55;Ost;66;5;Extremely easy;Moderately describes my preference
FBN33ZL7;2,5,7,12,13;1,1,1,1,1;50;15;35;West;116;7;Somewhat easy;Moderately describes my preference
FASEYYR3;12,2,3,14;2,1,1,1;55;10;35;Nord;82;49;Extremely difficult;Slightly describes my preference
XYX5G4HH;2,5,9,12,20;1,1,1,1,1;51;17;32;Nord;27;6;Somewhat easy;Clearly describes my preference
UB36PRAV;13,12,14,24;2,1,1,1;25;25;50;Ost;42;8;Neither easy nor difficult;Moderately describes my preference
48B219TM;7,12,13;3,1,1;25;35;40;West;81;23;Somewhat difficult;Clearly describes my preference
XKBEGJMA;19,1,18,20;2,1,1,1;30;30;40;West;58;21;Neither easy nor difficult;Moderately describes my preference
PRTX6WYB;6,12,23;2,2,1;50;20;30;West;64;5;Somewhat difficult;Mostly describes my preference
A67CMQCV;2,5,6,16,17;1,1,1,1,1;50;25;25;West;69;13;Neither easy nor difficult;Slightly describes my preference
SAUTLCP8;23,12,13,15;2,1,1,1;24;50;26;Süd;66;7;Somewhat difficult;Moderately describes my preference
KGJHH5DB;6,8,15,18;2,1,1,1;45;20;35;Ost;104;10;Somewhat easy;Moderately describes my preference
KFWWSU2Z;7,13,16;2,2,1;25;35;40;Ost;56;6;Extremely difficult;Slightly describes my preference
SW3RR2KX;16,6,12,14;2,1,1,1;33;32;35;Ost;51;16;Somewhat difficult;Moderately describes my preference
5L5K21HZ;5,6,4;2,2,1;40;40;20;Nord;64;4;Somewhat easy;Mostly describes my preference
YBD66HRT;18,2,13,24;2,1,1,1;50;10;40;Ost;45;6;Neither easy nor difficult;Moderately describes my preference
WFCEQBS1;4,5,13,14;2,1,1,1;38;25;37;Nord;29;4;Somewhat difficult;Mostly describes my preference
H64M2QZY;2,24,13;2,2,1;35;20;45;Ost;41;7;Somewhat easy;Slightly describes my preference
DAS4S4YT;16,4,7,21;2,1,1,1;30;40;30;Ost;49;5;Somewhat difficult;Mostly describes my preference
AG2ZHXTW;19,22;3,2;40;20;40;West;39;4;Neither easy nor difficult;Slightly describes my preference
AY6VFCNL;13,14,16,24;2,1,1,1;20;30;50;Ost;54;26;Extremely easy;Slightly describes my preference
8JF51ARL;6,2,12,24;2,1,1,1;30;30;40;Nord;48;5;Somewhat difficult;Mostly describes my preference
P4GWG2B9;14,1,7,24;2,1,1,1;20;40;40;Süd;68;4;Extremely difficult;Moderately describes my preference
GYQCPVXP;7,8;4,1;31;15;54;Süd;36;3;Somewhat difficult;Mostly describes my preference
YLYTNK77;5,6,14,17;2,1,1,1;50;20;30;Nord;68;13;Somewhat easy;Mostly describes my preference
LU4LQ3DT;14,5,17,24;2,1,1,1;45;20;35;Ost;121;13;Neither easy nor difficult;Mostly describes my preference
LGD8SLYY;5,6,9,13,23;1,1,1,1,1;33;34;33;Ost;75;7;Somewhat difficult;Slightly describes my preference
LLYL5HLN;17,19,7;2,2,1;40;30;30;Ost;44;6;Somewhat easy;Moderately describes my preference
XJS42TL6;6,2,11,13;2,1,1,1;50;20;30;Nord;59;8;Extremely difficult;Clearly describes my preference
WV1V18SH;14,5,6,24;2,1,1,1;40;20;40;Nord;62;6;Somewhat difficult;Moderately describes my preference
6EAERTV3;5,17;3,2;70;0;30;Süd;22;12;Neither easy nor difficult;Mostly describes my preference
R3JNZ2ZR;7,6,8,19;2,1,1,1;30;30;40;Süd;42;9;Somewhat difficult;Slightly describes my preference
Z1MTZHZV;7,10,11,12;2,1,1,1;40;10;50;Süd;33;8;Neither easy nor difficult;Mostly describes my preference
ATPGZUQQ;13,2,6,14;2,1,1,1;30;20;50;Ost;73;19;Somewhat easy;Clearly describes my preference
A6JSE9MB;14,1,6,17;2,1,1,1;61;15;24;Ost;31;5;Extremely easy;Slightly describes my preference
C46LEUB6;19,13,14,15;2,1,1,1;20;20;60;Ost;30;4;Somewhat difficult;Moderately describes my preference
HPN639AU;13,14,24;3,1,1;25;38;37;Nord;26;12;Extremely easy;Mostly describes my preference
SR1XCLNM;7;5;50;30;20;Ost;32;1;Neither easy nor difficult;Moderately describes my preference
A48HJ449;4,3,13,16;2,1,1,1;30;40;30;Nord;84;12;Somewhat difficult;Moderately describes my preference
F4LFVHAJ;18,20,13;2,2,1;50;15;35;Ost;44;3;Neither easy nor difficult;Mostly describes my preference
JFUHQJ2R;7,14,12;2,2,1;65;20;15;Süd;44;18;Neither easy nor difficult;Moderately describes my preference
T5UU6V6L;5,2,16,17;2,1,1,1;40;30;30;Nord;281;8;Somewhat difficult;Moderately describes my preference
JZHCRY1K;5,3,14,22;2,1,1,1;25;40;35;Nord;65;9;Somewhat difficult;Mostly describes my preference
2C24T7KE;5,6,12,14,17;1,1,1,1,1;25;30;45;Ost;91;15;Somewhat difficult;Moderately describes my preference
J95G6U5H;6,2,3;3,1,1;50;30;20;Nord;21;4;Neither easy nor difficult;Moderately describes my preference
NMDXBWCA;14,6,13,24;2,1,1,1;40;20;40;Ost;70;9;Somewhat difficult;Mostly describes my preference
J3QC3A9L;24,13,17,19;2,1,1,1;30;20;50;Ost;108;31;Somewhat difficult;Does not describe my preference
BQ9NM8NA;2,6,16,18,23;1,1,1,1,1;40;30;30;Nord;112;11;Somewhat easy;Mostly describes my preference
VU9GU7EC;24;5;30;30;40;West;21;3;Neither easy nor difficult;Moderately describes my preference
WJK3XX9Z;16,17;4,1;37;26;37;Ost;37;6;Somewhat difficult;Slightly describes my preference
NGVYR1W7;14,17,20;3,1,1;29;22;49;Ost;58;12;Somewhat easy;Slightly describes my preference
YAJPC2X2;16,10,17,23;2,1,1,1;33;34;33;Süd;36;4;Somewhat difficult;Moderately describes my preference
5DV6TKBH;17,18,14;2,2,1;40;25;35;Ost;33;3;Neither easy nor difficult;Moderately describes my preference
Q1VJ7X9Y;10,1,21,24;2,1,1,1;30;35;35;Süd;45;9;Somewhat difficult;Slightly describes my preference
5MZSLUFC;5,13,14,17,19;1,1,1,1,1;40;10;50;Ost;45;28;Extremely difficult;Moderately describes my preference
432RJBHZ;5,17;3,2;50;20;30;Nord;26;3;Somewhat difficult;Moderately describes my preference
F5M2YPXD;17;5;30;40;30;Ost;28;4;Extremely easy;Mostly describes my preference
8AQ4NDL3;23,20;3,2;35;15;50;West;63;2;Somewhat difficult;Mostly describes my preference
RFYTP9LP;7,10,14,24;2,1,1,1;42;23;35;West;108;13;Somewhat difficult;Moderately describes my preference
XGJWLASY;5,6,1;2,2,1;50;20;30;Nord;29;4;Somewhat easy;Moderately describes my preference
M8BLJ2F3;2,5,3;2,2,1;40;10;50;Nord;59;7;Somewhat difficult;Slightly describes my preference
EFDZ7ETR;5,6,7,8,12;1,1,1,1,1;30;20;50;West;18;5;Somewhat easy;Moderately describes my preference
55WRKBVE;8,14,24;2,2,1;30;20;50;West;66;13;Somewhat difficult;Slightly describes my preference
16AG1TYY;2,6,7,14,24;1,1,1,1,1;55;15;30;Süd;57;6;Neither easy nor difficult;Mostly describes my preference
ASLWD2SD;12,1,13,22;2,1,1,1;20;20;60;Ost;61;23;Somewhat difficult;Moderately describes my preference
LY9YM7QB;5,1,4,6;2,1,1,1;38;24;38;Nord;41;10;Somewhat easy;Slightly describes my preference
Z2RR5XKJ;14,24,17;2,2,1;35;25;40;Ost;108;10;Somewhat easy;Moderately describes my preference
SKRTM9LU;5,13,14;2,2,1;35;25;40;Süd;76;7;Somewhat difficult;Moderately describes my preference
W2MLS75Q;13,14,17,18;2,1,1,1;35;20;45;Ost;60;8;Neither easy nor difficult;Moderately describes my preference
E61HYTYU;7,2,19,24;2,1,1,1;26;22;52;Nord;73;5;Somewhat difficult;Moderately describes my preference
KS38TBG8;17,5,7,14;2,1,1,1;35;20;45;Ost;52;6;Somewhat difficult;Moderately describes my preference
XVHXW4NR;5,6,12,14,23;1,1,1,1,1;40;20;40;Ost;102;16;Neither easy nor difficult;Mostly describes my preference
WPE7PDH3;5,13,14,17,19;1,1,1,1,1;30;20;50;Ost;24;5;Neither easy nor difficult;Moderately describes my preference
VMTUZREL;6,5;3,2;43;21;36;Nord;50;10;Somewhat easy;Clearly describes my preference
4XC8CX5K;21,23,20;2,2,1;50;30;20;West;16;5;Somewhat easy;Mostly describes my preference
EJGJXLSU;13,14,17;2,2,1;35;15;50;Ost;64;7;Neither easy nor difficult;Mostly describes my preference
ZH1C7RZF;2,19,7;2,2,1;34;15;51;Nord;47;10;Somewhat difficult;Slightly describes my preference
9MKCB7MQ;18;5;50;25;25;Ost;138;25;Neither easy nor difficult;Mostly describes my preference
KCJ79YXW;2,6,7,15,24;1,1,1,1,1;30;40;30;West;90;9;Somewhat difficult;Moderately describes my preference
SVRH73LF;12,5,6,11;2,1,1,1;38;28;34;Süd;43;4;Somewhat easy;Clearly describes my preference
6TWRBG64;14,5,6,13;2,1,1,1;30;10;60;Ost;48;4;Somewhat difficult;Moderately describes my preference
2K9TK9X1;14,16,17,18;2,1,1,1;35;25;40;Ost;57;9;Neither easy nor difficult;Moderately describes my preference
L2WBGDBB;17,16,19,24;2,1,1,1;45;30;25;Ost;86;5;Somewhat difficult;Moderately describes my preference
AH17ZXW1;1,6,11,14,20;1,1,1,1,1;30;10;60;Nord;56;6;Somewhat difficult;Mostly describes my preference
8GSXKNY4;14,11,12,13;2,1,1,1;42;20;38;Ost;42;6;Somewhat difficult;Mostly describes my preference
NLHBD2KE;1,20,22;2,2,1;8;22;70;Nord;28;6;Neither easy nor difficult;Moderately describes my preference
U8VU8B6L;24;5;20;20;60;West;25;7;Extremely easy;Clearly describes my preference
YKQ279Y2;16,2,6,20;2,1,1,1;29;32;39;Ost;61;7;Somewhat difficult;Moderately describes my preference
TFL7ZHZR;13,7,14,15;2,1,1,1;35;10;55;West;95;18;Neither easy nor difficult;Moderately describes my preference
K526FDSR;19,12;3,2;30;20;50;Nord;34;25;Somewhat easy;Mostly describes my preference
M9EWVKCX;6,14,7;2,2,1;35;15;50;West;114;16;Extremely difficult;Moderately describes my preference
RZCGMWLH;5,24,18;2,2,1;40;40;20;Nord;74;4;Somewhat difficult;Moderately describes my preference
GJDV2MST;24;5;15;40;45;West;27;1;Somewhat difficult;Moderately describes my preference
CH5QQFBL;6,24;3,2;53;14;33;Süd;32;5;Somewhat difficult;Slightly describes my preference
Y1D4XWV5;16,14;3,2;20;20;60;Ost;51;5;Extremely difficult;Mostly describes my preference
DXP44T17;5,7,12,17;2,1,1,1;35;40;25;Ost;45;5;Extremely difficult;Clearly describes my preference
ATEYGYZZ;17,5,14;3,1,1;30;0;70;Ost;26;6;Somewhat difficult;Moderately describes my preference
YM4R3X7S;2,6,5;2,2,1;35;25;40;Nord;20;4;Neither easy nor difficult;Mostly describes my preference
DV7YAWGL;10,22,12;2,2,1;50;30;20;Ost;38;4;Extremely difficult;Slightly describes my preference
UCNZR63U;10,12,21,23,24;1,1,1,1,1;50;30;20;Ost;61;6;Somewhat difficult;Moderately describes my preference
N7M3DUG4;12,5,7,16;2,1,1,1;33;34;33;Nord;29;15;Extremely easy;Clearly describes my preference
5J9328YV;24,19;4,1;50;0;50;West;24;2;Somewhat difficult;Moderately describes my preference
4VQ14DB6;11,12,10;2,2,1;37;30;33;Süd;69;34;Somewhat difficult;Moderately describes my preference
LGXYJ4C1;5,1,6;3,1,1;50;20;30;Nord;33;4;Somewhat difficult;Slightly describes my preference
XZJCW2GS;10,8,16;3,1,1;10;80;10;Süd;44;3;Somewhat easy;Mostly describes my preference
H4T5RY7K;11,21,19;2,2,1;45;25;30;West;52;3;Somewhat difficult;Slightly describes my preference
JCR7EG1H;14,13,18;3,1,1;40;20;40;Ost;24;3;Somewhat difficult;Slightly describes my preference
JJBCAC37;18,5,11;3,1,1;75;0;25;Süd;75;7;Extremely difficult;Moderately describes my preference
9HDEH1D1;5,6,13,14,18;1,1,1,1,1;35;31;34;West;47;11;Extremely easy;Clearly describes my preference
44VVL46Y;8,7;3,2;25;25;50;Süd;95;16;Neither easy nor difficult;Mostly describes my preference
15KHCW7R;13,16;3,2;50;20;30;Ost;30;2;Neither easy nor difficult;Mostly describes my preference
PS5EF9WV;18,11,16,17;2,1,1,1;40;20;40;Ost;129;13;Somewhat difficult;Mostly describes my preference
14SJEBYM;24,2,20;3,1,1;30;40;30;Süd;56;7;Neither easy nor difficult;Slightly describes my preference
66639V43;5,6,7,12,13;1,1,1,1,1;38;9;53;West;54;10;Extremely easy;Clearly describes my preference
