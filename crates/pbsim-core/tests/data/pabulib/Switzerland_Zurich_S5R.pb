META
key;value
description;Qualtrics Zurich PB Experiment 2023, S5R format
country;Switzerland
unit;Zurich
instance;S5R
num_projects;24
num_votes;180
budget;60000
vote_type;ordinal
rule;unknown
date_begin;09.03.2023
date_end;19.03.2023
min_length;1
max_length;5
language;en
currency;CHF
experimental;1
acknowledgments;Data from Yang et al. (2024), https://arxiv.org/abs/2310.03501.
PROJECTS
project_id;cost;votes;score;name;category;district
1;5000;34;88;Planting Workshops at Oerlikon;Nature;Nord
2;10000;57;186;Footpath Gardens around Train Stations;Nature;Nord
3;5000;6;14;Kid Festival at Leutschenpark;Culture;Nord
4;10000;18;48;Music Studio at Kulturbahnhof Affoltern;Culture;Nord
5;5000;77;235;Safe Bike Paths around Irchel Park;Transportation;Nord
6;10000;66;223;More Night Buses to Oerlikon;Transportation;Nord
7;5000;63;184;Free Open Badi Space in Wollishofen;Nature;Süd
8;10000;23;64;A Neighborhood Garden for Wiedikon;Nature;Süd
9;5000;8;15;Environmental Film Session for Kids;Culture;Süd
10;10000;24;70;Car-free Sunday Festivals on Mutschellenstrasse;Culture;Süd
11;5000;30;80;Free Bike Fixing Workshops;Transportation;Süd
12;10000;43;129;Car Sharing System for Young People;Transportation;Süd
13;5000;63;210;Transforming City Spaces under Trees into Gardens;Nature;Ost
14;10000;88;268;More Trees in Bellevue & Sechseläutenplatz;Nature;Ost
15;5000;13;22;Plant Festival in the City Centre;Culture;Ost
16;10000;43;130;Multicultural Festival at Sechseläutenplatz;Culture;Ost
17;5000;53;168;Bike Lanes on Seefeldstrasse;Transportation;Ost
18;10000;26;85;Speed bumps in the City and the Lake Front;Transportation;Ost
19;5000;33;93;Bird Houses for Zurich-Höngg;Nature;West
20;10000;24;68;Wet Biotope as Learning Garden in Frankental;Nature;West
21;5000;13;29;Dingtheke: Community Things Exchange Library in Wipkingen;Culture;West
22;10000;15;39;Sustainable Cooking Workshop with Kids;Culture;West
23;5000;17;40;Public Bicycle Moving Trailer to be Borrowed;Transportation;West
24;10000;59;198;Car-free Langstrasse;Transportation;West
VOTES
voter_id;vote;topic_preference_transport;topic_preference_culture;topic_preference_nature;district_preference;time_taken_seconds;format_easiness;format_expressiveness;format_rank
QGVT6BFJ;8,15,20,18,1;24;43;33;West;31;5;Neither easy nor difficult;Moderately describes my preference
YK3TDKDG;2,24,5,7,1;60;10;30;Nord;51;2;Somewhat difficult;Clearly describes my preference
GBXNVPT3;6,5,1,14,19;30;20;50;Nord;53;0;Neither easy nor difficult;Mostly describes my preference
Q3XX1WEM;6,2,8,14,23;48;21;31;Nord;40;0;Somewhat difficult;Moderately describes my preference
VYWXL1Y7;14,13,5,24,1;50;15;35;Ost;41;0;Somewhat difficult;Moderately describes my preference
9FL7WKHB;10,8,16,5,11;25;50;25;Süd;55;1;Somewhat difficult;Slightly describes my preference
Z9WAJKGN;24,7,6,13,18;40;35;25;Nord;42;0;Neither easy nor difficult;Mostly describes my preference
S9ECLWWP;14,17,18,24,2;48;6;46;Ost;96;0;Extremely easy;Mostly describes my preference
HB147SX9;1,4,22,15,12;20;40;40;Nord;53;0;Somewhat difficult;Clearly describes my preference
HJN3ASHT;24,14,17,7,8;43;15;42;Ost;63;0;Extremely difficult;Clearly describes my preference
69FGJ7YL;5,11,23,19,7;40;25;35;Nord;165;51;Neither easy nor difficult;Slightly describes my preference
UWYHTA6P;6,1,14,24,19;20;10;70;Nord;56;0;Somewhat difficult;Does not describe my preference
R3E7WUKL;13,12,24,14,5;40;20;40;Ost;72;0;Neither easy nor difficult;Mostly describes my preference
TZE63P5P;13,16,17,18,7;33;34;33;Ost;121;1;Neither easy nor difficult;Mostly describes my preference
AN4E34N9;13,11,19,1,5;35;30;35;Ost;75;0;Extremely easy;Clearly describes my preference
SXBWM1MW;10,1,12,13,24;25;25;50;Ost;39;0;Somewhat difficult;Slightly describes my preference
VUKHHTRG;24,19,16,4,10;34;33;33;West;46;1;Somewhat difficult;Clearly describes my preference
US5DFGK1;4,2,1,5,6;25;42;33;Nord;38;2;Somewhat easy;Mostly describes my preference
39TMQA7N;2,24,9,5,4;25;40;35;Ost;72;0;Extremely easy;Mostly describes my preference
TXLBAP7X;11,6,17,5,23;60;0;40;Nord;94;7;Neither easy nor difficult;Moderately describes my preference
JTYKLNH1;17,14,18,13,16;62;13;25;Ost;48;2;Somewhat easy;Clearly describes my preference
KD1FMAYY;2,1,14,10,13;25;25;50;Nord;81;2;Somewhat easy;Mostly describes my preference
C3T5K632;6,5,1,12,4;60;20;20;Nord;79;2;Neither easy nor difficult;Moderately describes my preference
WWG666QQ;16,14,19,8,1;35;35;30;Süd;81;0;Somewhat easy;Moderately describes my preference
ASPT6E8J;18,17,14,6,5;67;0;33;Ost;52;1;Extremely easy;Clearly describes my preference
QL28MSCM;22,20,12,2,9;30;30;40;Ost;74;0;Somewhat difficult;Clearly describes my preference
Z9D1X2XG;24,15,13,17,4;48;19;33;West;79;0;Somewhat easy;Mostly describes my preference
C3MTQTG3;17,18,13,5,11;70;5;25;Ost;84;1;Neither easy nor difficult;Moderately describes my preference
Y2TTXBUL;6,16,19,14,5;40;25;35;Nord;111;4;Neither easy nor difficult;Does not describe my preference
K9RFLV3L;6,2,14,13,19;40;10;50;Nord;60;0;Somewhat easy;Mostly describes my preference
QX2KYA7C;24,14,5,2,13;35;30;35;Nord;91;0;Somewhat difficult;Moderately describes my preference
AB2BXLJD;11,2,7,18,23;20;30;50;Nord;87;0;Extremely easy;Mostly describes my preference
SLM9ZZCL;24,13,2,5,14;60;0;40;West;54;0;Somewhat easy;Clearly describes my preference
NQCRFWTB;5,6,2,7,19;36;6;58;Nord;57;0;Extremely easy;Mostly describes my preference
6UYARXYW;14,12,6,10,13;37;41;22;Ost;60;3;Neither easy nor difficult;Moderately describes my preference
KHTJ7W7J;2,4,7,19,13;25;15;60;Nord;47;0;Somewhat difficult;Clearly describes my preference
P8GZFT8L;17,10,7,23,14;40;20;40;Ost;72;0;Somewhat easy;Clearly describes my preference
U8Y68QJ4;18,11,14,7,22;45;27;28;Ost;330;10;Somewhat easy;Clearly describes my preference
1PW9NBML;17,16,6,7,14;50;30;20;Ost;44;3;Extremely easy;Clearly describes my preference
H2ZP397R;10,4,22,16,14;0;70;30;West;168;19;Extremely easy;Mostly describes my preference
ZKMH52UG;13,20,14,5,21;14;5;81;Nord;93;0;Extremely easy;Clearly describes my preference
BWZARCP8;13,17,22,5,6;42;16;42;West;87;0;Neither easy nor difficult;Does not describe my preference
2UZ7AYW6;16,13,17,12,14;30;40;30;Ost;122;1;Somewhat difficult;Mostly describes my preference
9Q9KZWCT;20,5,11,14,8;20;40;40;West;64;0;Somewhat difficult;Moderately describes my preference
5F5JRRRB;17,20,16,7,13;50;20;30;Ost;59;0;Neither easy nor difficult;Clearly describes my preference
UBF7QR7K;17,14,16,23,5;50;25;25;Ost;263;106;Extremely difficult;Mostly describes my preference
F19UNPF5;13,6,5,7,24;40;10;50;Ost;73;1;Extremely easy;Clearly describes my preference
E8CX628G;6,5,12,13,17;35;25;40;Nord;77;24;Somewhat difficult;Moderately describes my preference
PXF3UNXM;14,13,16,1,17;22;28;50;Ost;101;20;Extremely easy;Clearly describes my preference
1TVFT13C;24,14,6,13,18;28;22;50;Ost;58;0;Neither easy nor difficult;Mostly describes my preference
5HSYVCSS;13,5,22,2,1;25;30;45;Nord;48;1;Somewhat easy;Clearly describes my preference
A9JA5WV2;6,16,5,7,24;9;47;44;Nord;112;0;Somewhat easy;Clearly describes my preference
FQPESPYV;24,17,1,5,11;59;22;19;Ost;106;2;Neither easy nor difficult;Moderately describes my preference
ZBEKVQNM;5,2,7,11,13;44;10;46;Nord;55;24;Extremely difficult;Mostly describes my preference
MRF9XQ4W;14,13,2,4,8;25;40;35;Nord;40;1;Neither easy nor difficult;Mostly describes my preference
QQE4NNEJ;5,7,11,6,10;40;20;40;Nord;84;2;Extremely easy;Clearly describes my preference
FU6EEWTL;12,5,8,17,14;50;20;30;Süd;112;0;Somewhat easy;Clearly describes my preference
TPH1REDA;2,6,7,13,22;30;25;45;Nord;63;1;Somewhat easy;Mostly describes my preference
8NB6G7GU;11,7,14,5,2;40;15;45;West;66;1;Extremely easy;Clearly describes my preference
NQ3NXP9U;6,11,24,1,10;60;20;20;Nord;79;2;Somewhat difficult;Clearly describes my preference
PZT3F4R8;19,20,1,21,24;30;20;50;West;94;8;Somewhat easy;Mostly describes my preference
RC2FJU1H;13,2,16,24,20;32;23;45;Ost;77;2;Extremely easy;Clearly describes my preference
UZYTYJN7;5,13,24,2,17;60;13;27;Nord;89;2;Extremely easy;Clearly describes my preference
KLJVPRUD;24,21,22,14,7;22;40;38;West;87;0;Somewhat easy;Mostly describes my preference
AZY9GYGJ;24,18,10,7,11;33;34;33;Ost;137;1;Extremely difficult;Mostly describes my preference
FTX2CQXK;24,14,7,20,5;31;26;43;West;38;1;Somewhat difficult;Mostly describes my preference
G3MFZNB8;14,8,19,15,7;59;15;26;Süd;64;9;Somewhat easy;Moderately describes my preference
4TUWVK4M;24,7,2,14,20;35;10;55;Ost;90;0;Extremely easy;Mostly describes my preference
FBN33ZL7;12,7,2,5,22;50;15;35;West;131;0;Somewhat easy;Moderately describes my preference
FASEYYR3;12,2,3,14,24;55;10;35;Nord;91;13;Extremely easy;Clearly describes my preference
XYX5G4HH;12,14,22,7,2;51;17;32;Nord;48;0;Somewhat easy;Clearly describes my preference
UB36PRAV;13,24,14,12,11;25;25;50;Ost;71;0;Extremely easy;Clearly describes my preference
48B219TM;7,13,12,6,15;25;35;40;West;154;74;Somewhat difficult;Mostly describes my preference
XKBEGJMA;19,20,18,8,1;30;30;40;West;82;0;Somewhat difficult;Moderately describes my preference
PRTX6WYB;12,6,23,5,17;50;20;30;West;114;0;Somewhat easy;Clearly describes my preference
A67CMQCV;2,6,19,23,16;50;25;25;West;80;0;Neither easy nor difficult;Moderately describes my preference
SAUTLCP8;23,7,13,12,8;24;50;26;Süd;115;12;Neither easy nor difficult;Mostly describes my preference
KGJHH5DB;6,18,2,15,8;45;20;35;Ost;68;1;Extremely easy;Clearly describes my preference
KFWWSU2Z;13,7,16,20,19;25;35;40;Ost;107;5;Neither easy nor difficult;Slightly describes my preference
SW3RR2KX;16,6,17,14,1;33;32;35;Ost;91;24;Somewhat easy;Mostly describes my preference
5L5K21HZ;6,5,4,1,2;40;40;20;Nord;100;2;Extremely easy;Mostly describes my preference
YBD66HRT;18,2,24,13,14;50;10;40;Ost;93;1;Somewhat easy;Clearly describes my preference
WFCEQBS1;4,5,6,14,13;38;25;37;Nord;46;0;Extremely easy;Clearly describes my preference
H64M2QZY;24,2,13,7,20;35;20;45;Ost;61;0;Somewhat easy;Does not describe my preference
DAS4S4YT;16,7,21,4,13;30;40;30;Ost;112;0;Neither easy nor difficult;Mostly describes my preference
AG2ZHXTW;1,13,24,22,19;40;20;40;West;77;0;Somewhat easy;Mostly describes my preference
AY6VFCNL;13,24,14,17,16;20;30;50;Ost;94;30;Extremely easy;Slightly describes my preference
8JF51ARL;6,12,2,24,7;30;30;40;Nord;73;1;Somewhat difficult;Mostly describes my preference
P4GWG2B9;14,24,7,1,5;20;40;40;Süd;70;0;Somewhat easy;Mostly describes my preference
GYQCPVXP;7,8,12,2,14;31;15;54;Süd;50;0;Neither easy nor difficult;Mostly describes my preference
YLYTNK77;6,5,2,14,17;50;20;30;Nord;147;13;Extremely easy;Clearly describes my preference
LU4LQ3DT;14,5,17,24,10;45;20;35;Ost;103;1;Somewhat difficult;Clearly describes my preference
LGD8SLYY;13,5,9,6,24;33;34;33;Ost;52;0;Somewhat difficult;Slightly describes my preference
LLYL5HLN;17,19,14,5,6;40;30;30;Ost;104;6;Somewhat easy;Mostly describes my preference
XJS42TL6;6,2,13,11,16;50;20;30;Nord;55;1;Somewhat easy;Clearly describes my preference
WV1V18SH;14,5,6,2,24;40;20;40;Nord;99;1;Somewhat easy;Clearly describes my preference
6EAERTV3;5,17,7,12,24;70;0;30;Süd;133;65;Somewhat easy;Clearly describes my preference
R3JNZ2ZR;7,8,6,19,13;30;30;40;Süd;40;1;Somewhat easy;Mostly describes my preference
Z1MTZHZV;7,11,10,8,5;40;10;50;Süd;59;1;Somewhat easy;Clearly describes my preference
ATPGZUQQ;13,2,6,14,7;30;20;50;Ost;59;0;Extremely easy;Clearly describes my preference
A6JSE9MB;14,5,17,6,11;61;15;24;Ost;48;1;Somewhat easy;Does not describe my preference
C46LEUB6;14,19,13,2,15;20;20;60;Ost;157;1;Neither easy nor difficult;Mostly describes my preference
HPN639AU;13,6,5,1,10;25;38;37;Nord;112;81;Somewhat easy;Does not describe my preference
SR1XCLNM;7,12,24,6,18;50;30;20;Ost;68;0;Neither easy nor difficult;Mostly describes my preference
A48HJ449;16,4,3,13,8;30;40;30;Nord;60;1;Somewhat easy;Mostly describes my preference
F4LFVHAJ;18,20,13,11,2;50;15;35;Ost;115;0;Somewhat difficult;Clearly describes my preference
JFUHQJ2R;7,14,5,12,16;65;20;15;Süd;87;10;Extremely easy;Clearly describes my preference
T5UU6V6L;5,17,2,16,10;40;30;30;Nord;139;2;Somewhat easy;Moderately describes my preference
JZHCRY1K;3,5,22,8,14;25;40;35;Nord;89;0;Neither easy nor difficult;Clearly describes my preference
2C24T7KE;17,14,5,6,12;25;30;45;Ost;79;1;Somewhat difficult;Moderately describes my preference
J95G6U5H;6,4,2,12,24;50;30;20;Nord;24;0;Somewhat difficult;Moderately describes my preference
NMDXBWCA;14,13,24,16,6;40;20;40;Ost;63;0;Somewhat easy;Mostly describes my preference
J3QC3A9L;24,19,17,14,6;30;20;50;Ost;284;173;Somewhat difficult;Slightly describes my preference
BQ9NM8NA;2,23,14,18,10;40;30;30;Nord;164;15;Neither easy nor difficult;Mostly describes my preference
VU9GU7EC;24,19,2,12,1;30;30;40;West;67;0;Somewhat difficult;Clearly describes my preference
WJK3XX9Z;16,24,7,14,17;37;26;37;Ost;58;0;Somewhat easy;Clearly describes my preference
NGVYR1W7;14,20,17,2,9;29;22;49;Ost;68;0;Somewhat easy;Mostly describes my preference
YAJPC2X2;16,10,11,7,5;33;34;33;Süd;69;2;Neither easy nor difficult;Moderately describes my preference
5DV6TKBH;18,17,14,13,16;40;25;35;Ost;128;0;Somewhat easy;Mostly describes my preference
Q1VJ7X9Y;24,10,1,6,21;30;35;35;Süd;52;2;Neither easy nor difficult;Mostly describes my preference
5MZSLUFC;13,14,19,17,5;40;10;50;Ost;55;16;Somewhat easy;Clearly describes my preference
432RJBHZ;5,17,2,6,1;50;20;30;Nord;65;5;Somewhat easy;Mostly describes my preference
F5M2YPXD;17,13,2,5,19;30;40;30;Ost;60;0;Somewhat easy;Clearly describes my preference
8AQ4NDL3;23,20,22,2,14;35;15;50;West;87;0;Somewhat easy;Clearly describes my preference
RFYTP9LP;7,24,10,14,23;42;23;35;West;94;0;Somewhat easy;Clearly describes my preference
XGJWLASY;6,5,1,2,4;50;20;30;Nord;35;0;Neither easy nor difficult;Clearly describes my preference
M8BLJ2F3;2,6,1,5,3;40;10;50;Nord;40;0;Somewhat easy;Mostly describes my preference
EFDZ7ETR;12,8,6,7,16;30;20;50;West;62;1;Somewhat difficult;Clearly describes my preference
55WRKBVE;8,24,7,14,17;30;20;50;West;104;3;Neither easy nor difficult;Mostly describes my preference
16AG1TYY;7,6,12,14,24;55;15;30;Süd;47;1;Somewhat easy;Mostly describes my preference
ASLWD2SD;13,12,17,8,14;20;20;60;Ost;80;0;Somewhat easy;Slightly describes my preference
LY9YM7QB;5,2,1,4,6;38;24;38;Nord;32;1;Somewhat easy;Slightly describes my preference
Z2RR5XKJ;14,24,17,4,20;35;25;40;Ost;80;2;Extremely easy;Clearly describes my preference
SKRTM9LU;13,5,14,20,9;35;25;40;Süd;174;0;Neither easy nor difficult;Moderately describes my preference
W2MLS75Q;17,13,18,14,15;35;20;45;Ost;59;0;Extremely easy;Clearly describes my preference
E61HYTYU;7,19,2,1,21;26;22;52;Nord;111;1;Somewhat easy;Mostly describes my preference
KS38TBG8;17,14,5,7,21;35;20;45;Ost;69;0;Extremely easy;Clearly describes my preference
XVHXW4NR;2,14,6,12,23;40;20;40;Ost;55;0;Extremely easy;Clearly describes my preference
WPE7PDH3;14,13,19,17,5;30;20;50;Ost;200;0;Neither easy nor difficult;Mostly describes my preference
VMTUZREL;6,5,12,17,23;43;21;36;Nord;78;32;Somewhat easy;Mostly describes my preference
4XC8CX5K;23,21,20,11,12;50;30;20;West;80;2;Somewhat easy;Clearly describes my preference
EJGJXLSU;14,13,17,18,15;35;15;50;Ost;95;0;Neither easy nor difficult;Clearly describes my preference
ZH1C7RZF;2,14,19,23,7;34;15;51;Nord;37;0;Somewhat easy;Moderately describes my preference
9MKCB7MQ;18,17,16,14,15;50;25;25;Ost;76;5;Neither easy nor difficult;Clearly describes my preference
KCJ79YXW;7,24,10,6,15;30;40;30;West;84;0;Neither easy nor difficult;Mostly describes my preference
SVRH73LF;6,12,5,11,16;38;28;34;Süd;51;1;Somewhat easy;Clearly describes my preference
6TWRBG64;14,13,5,6,19;30;10;60;Ost;129;2;Somewhat difficult;Moderately describes my preference
2K9TK9X1;14,17,16,18,13;35;25;40;Ost;124;1;Neither easy nor difficult;Mostly describes my preference
L2WBGDBB;17,24,19,16,4;45;30;25;Ost;72;0;Somewhat easy;Clearly describes my preference
AH17ZXW1;5,1,11,6,14;30;10;60;Nord;54;0;Somewhat difficult;Mostly describes my preference
8GSXKNY4;14,13,11,12,7;42;20;38;Ost;115;1;Somewhat easy;Mostly describes my preference
NLHBD2KE;1,20,14,9,22;8;22;70;Nord;63;2;Neither easy nor difficult;Clearly describes my preference
U8VU8B6L;24;20;20;60;West;126;54;Somewhat difficult;Does not describe my preference
YKQ279Y2;16,2,20,6,15;29;32;39;Ost;148;2;Somewhat easy;Moderately describes my preference
TFL7ZHZR;2,13,7,14,15;35;10;55;West;66;3;Neither easy nor difficult;Moderately describes my preference
K526FDSR;19,12,1,5,20;30;20;50;Nord;94;48;Extremely easy;Clearly describes my preference
M9EWVKCX;6,7,14,16,21;35;15;50;West;144;4;Extremely easy;Clearly describes my preference
RZCGMWLH;24,5,18,16,14;40;40;20;Nord;82;0;Neither easy nor difficult;Mostly describes my preference
GJDV2MST;24,19,21,20,7;15;40;45;West;75;0;Neither easy nor difficult;Clearly describes my preference
CH5QQFBL;24,6,7,12,17;53;14;33;Süd;74;6;Somewhat difficult;Slightly describes my preference
Y1D4XWV5;16,14,19,12,11;20;20;60;Ost;149;16;Somewhat difficult;Mostly describes my preference
DXP44T17;5,12,17,14,3;35;40;25;Ost;61;1;Somewhat difficult;Clearly describes my preference
ATEYGYZZ;17,14,5,7,16;30;0;70;Ost;38;0;Extremely easy;Mostly describes my preference
YM4R3X7S;2,6,5,16,23;35;25;40;Nord;67;0;Somewhat easy;Mostly describes my preference
DV7YAWGL;10,22,12,5,6;50;30;20;Ost;61;0;Somewhat difficult;Clearly describes my preference
UCNZR63U;7,12,10,21,24;50;30;20;Ost;70;2;Somewhat easy;Mostly describes my preference
N7M3DUG4;12,16,7,5,21;33;34;33;Nord;58;23;Somewhat easy;Mostly describes my preference
5J9328YV;24,19,20,5,6;50;0;50;West;100;2;Somewhat difficult;Moderately describes my preference
4VQ14DB6;7,10,11,12,14;37;30;33;Süd;62;0;Somewhat difficult;Mostly describes my preference
LGXYJ4C1;5,1,6,2,3;50;20;30;Nord;34;0;Neither easy nor difficult;Moderately describes my preference
XZJCW2GS;10,8,16,14,24;10;80;10;Süd;69;0;Somewhat easy;Moderately describes my preference
H4T5RY7K;21,11,5,19,17;45;25;30;West;191;1;Somewhat easy;Clearly describes my preference
JCR7EG1H;14,13,18,7,12;40;20;40;Ost;87;0;Somewhat easy;Slightly describes my preference
JJBCAC37;18,5,6,11,17;75;0;25;Süd;66;0;Extremely easy;Mostly describes my preference
9HDEH1D1;6,5,8,9,2;35;31;34;West;85;45;Extremely easy;Mostly describes my preference
44VVL46Y;8,7,10,9,11;25;25;50;Süd;188;14;Neither easy nor difficult;Mostly describes my preference
15KHCW7R;16,13,24,7,14;50;20;30;Ost;46;1;Somewhat difficult;Mostly describes my preference
PS5EF9WV;18,16,11,17,12;40;20;40;Ost;156;6;Somewhat easy;Mostly describes my preference
14SJEBYM;24,2,16,20,7;30;40;30;Süd;118;7;Somewhat difficult;Clearly describes my preference
66639V43;6,5,12,13,7;38;9;53;West;36;1;Extremely easy;Clearly describes my preference
