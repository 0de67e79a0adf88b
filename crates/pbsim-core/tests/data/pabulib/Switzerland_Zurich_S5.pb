META
key;value
description;Qualtrics Zurich PB Experiment 2023, S5 format
country;Switzerland
unit;Zurich
instance;S5
num_projects;24
num_votes;180
budget;60000
vote_type;approval
rule;unknown
date_begin;09.03.2023
date_end;19.03.2023
min_length;5
max_length;5
language;en
currency;CHF
experimental;1
acknowledgments;Data from Yang et al. (2024), https://arxiv.org/abs/2310.03501.
PROJECTS
project_id;cost;votes;name;category;district
1;5000;28;Planting Workshops at Oerlikon;Nature;Nord
2;10000;65;Footpath Gardens around Train Stations;Nature;Nord
3;5000;9;Kid Festival at Leutschenpark;Culture;Nord
4;10000;18;Music Studio at Kulturbahnhof Affoltern;Culture;Nord
5;5000;68;Safe Bike Paths around Irchel Park;Transportation;Nord
6;10000;67;More Night Buses to Oerlikon;Transportation;Nord
7;5000;67;Free Open Badi Space in Wollishofen;Nature;Süd
8;10000;18;A Neighborhood Garden for Wiedikon;Nature;Süd
9;5000;8;Environmental Film Session for Kids;Culture;Süd
10;10000;19;Car-free Sunday Festivals on Mutschellenstrasse;Culture;Süd
11;5000;26;Free Bike Fixing Workshops;Transportation;Süd
12;10000;40;Car Sharing System for Young People;Transportation;Süd
13;5000;62;Transforming City Spaces under Trees into Gardens;Nature;Ost
14;10000;82;More Trees in Bellevue & Sechseläutenplatz;Nature;Ost
15;5000;17;Plant Festival in the City Centre;Culture;Ost
16;10000;42;Multicultural Festival at Sechseläutenplatz;Culture;Ost
17;5000;59;Bike Lanes on Seefeldstrasse;Transportation;Ost
18;10000;32;Speed bumps in the City and the Lake Front;Transportation;Ost
19;5000;32;Bird Houses for Zurich-Höngg;Nature;West
20;10000;30;Wet Biotope as Learning Garden in Frankental;Nature;West
21;5000;15;Dingtheke: Community Things Exchange Library in Wipkingen;Culture;West
22;10000;14;Sustainable Cooking Workshop with Kids;Culture;West
23;5000;19;Public Bicycle Moving Trailer to be Borrowed;Transportation;West
24;10000;63;Car-free Langstrasse;Transportation;West
VOTES
voter_id;vote;topic_preference_transport;topic_preference_culture;topic_preference_nature;district_preference;time_taken_seconds;format_easiness;format_expressiveness;format_rank
QGVT6BFJ;3,7,9,13,22;24;43;33;West;5;5;Neither easy nor difficult;Mostly describes my preference
YK3TDKDG;1,2,5,7,24;60;10;30;Nord;39;16;Somewhat easy;Clearly describes my preference
GBXNVPT3;1,5,6,12,14;30;20;50;Nord;19;5;Somewhat easy;Mostly describes my preference
Q3XX1WEM;2,6,7,14,23;48;21;31;Nord;25;5;Somewhat difficult;Moderately describes my preference
VYWXL1Y7;1,6,13,14,19;50;15;35;Ost;24;7;Somewhat easy;Moderately describes my preference
9FL7WKHB;4,8,10,11,16;25;50;25;Süd;51;7;Neither easy nor difficult;Moderately describes my preference
Z9WAJKGN;1,6,7,18,24;40;35;25;Nord;24;9;Somewhat difficult;Slightly describes my preference
S9ECLWWP;2,14,17,18,24;48;6;46;Ost;66;22;Extremely easy;Does not describe my preference
HB147SX9;1,4,12,15,22;20;40;40;Nord;38;7;Somewhat easy;Slightly describes my preference
HJN3ASHT;2,14,17,19,24;43;15;42;Ost;51;5;Extremely easy;Mostly describes my preference
69FGJ7YL;5,7,13,17,23;40;25;35;Nord;68;20;Somewhat easy;Mostly describes my preference
UWYHTA6P;1,6,14,19,24;20;10;70;Nord;38;8;Somewhat easy;Mostly describes my preference
R3E7WUKL;5,7,10,13,24;40;20;40;Ost;59;5;Somewhat easy;Mostly describes my preference
TZE63P5P;2,7,13,16,18;33;34;33;Ost;70;7;Extremely easy;Mostly describes my preference
AN4E34N9;1,11,16,17,19;35;30;35;Ost;46;6;Neither easy nor difficult;Moderately describes my preference
SXBWM1MW;1,10,20,22,24;25;25;50;Ost;27;11;Somewhat easy;Slightly describes my preference
VUKHHTRG;4,9,16,19,24;34;33;33;West;65;7;Somewhat difficult;Moderately describes my preference
US5DFGK1;1,2,4,5,6;25;42;33;Nord;48;6;Somewhat easy;Moderately describes my preference
39TMQA7N;2,4,5,9,24;25;40;35;Ost;58;5;Extremely easy;Mostly describes my preference
TXLBAP7X;5,6,11,13,17;60;0;40;Nord;65;9;Somewhat difficult;Does not describe my preference
JTYKLNH1;5,14,17,18,24;62;13;25;Ost;32;7;Somewhat easy;Mostly describes my preference
KD1FMAYY;2,10,13,15,24;25;25;50;Nord;35;7;Somewhat easy;Moderately describes my preference
C3T5K632;2,5,6,12,20;60;20;20;Nord;66;5;Somewhat easy;Moderately describes my preference
WWG666QQ;1,8,14,16,19;35;35;30;Süd;33;7;Somewhat difficult;Moderately describes my preference
ASPT6E8J;5,6,14,17,18;67;0;33;Ost;33;5;Extremely easy;Slightly describes my preference
QL28MSCM;12,13,18,20,22;30;30;40;Ost;39;6;Somewhat easy;Moderately describes my preference
Z9D1X2XG;2,4,15,17,24;48;19;33;West;50;5;Somewhat difficult;Slightly describes my preference
C3MTQTG3;13,14,16,17,18;70;5;25;Ost;19;5;Somewhat difficult;Slightly describes my preference
Y2TTXBUL;6,11,14,16,19;40;25;35;Nord;46;5;Neither easy nor difficult;Does not describe my preference
K9RFLV3L;2,6,13,14,19;40;10;50;Nord;43;6;Somewhat easy;Moderately describes my preference
QX2KYA7C;2,5,13,14,24;35;30;35;Nord;46;5;Neither easy nor difficult;Moderately describes my preference
AB2BXLJD;2,7,11,18,23;20;30;50;Nord;42;5;Extremely easy;Mostly describes my preference
SLM9ZZCL;2,5,13,14,24;60;0;40;West;28;5;Somewhat easy;Mostly describes my preference
NQCRFWTB;1,2,5,6,7;36;6;58;Nord;36;5;Extremely easy;Moderately describes my preference
6UYARXYW;6,10,12,14,21;37;41;22;Ost;32;5;Somewhat difficult;Moderately describes my preference
KHTJ7W7J;2,4,7,13,19;25;15;60;Nord;44;7;Neither easy nor difficult;Moderately describes my preference
P8GZFT8L;7,10,14,17,23;40;20;40;Ost;39;5;Somewhat easy;Moderately describes my preference
U8Y68QJ4;3,7,11,16,18;45;27;28;Ost;54;5;Somewhat easy;Clearly describes my preference
1PW9NBML;6,7,14,16,17;50;30;20;Ost;88;15;Somewhat easy;Mostly describes my preference
H2ZP397R;4,10,14,16,22;0;70;30;West;125;13;Extremely easy;Moderately describes my preference
ZKMH52UG;5,14,19,20,21;14;5;81;Nord;41;5;Extremely easy;Mostly describes my preference
BWZARCP8;5,7,13,22,24;42;16;42;West;52;5;Somewhat easy;Slightly describes my preference
2UZ7AYW6;12,13,14,16,17;30;40;30;Ost;99;7;Somewhat difficult;Moderately describes my preference
9Q9KZWCT;5,11,16,18,20;20;40;40;West;42;5;Neither easy nor difficult;Moderately describes my preference
5F5JRRRB;7,13,16,17,20;50;20;30;Ost;41;5;Somewhat easy;Does not describe my preference
UBF7QR7K;5,9,14,17,23;50;25;25;Ost;110;79;Extremely difficult;Mostly describes my preference
F19UNPF5;5,6,7,13,18;40;10;50;Ost;76;9;Somewhat easy;Moderately describes my preference
E8CX628G;2,5,6,12,13;35;25;40;Nord;54;16;Neither easy nor difficult;Moderately describes my preference
PXF3UNXM;1,13,14,16,22;22;28;50;Ost;36;15;Neither easy nor difficult;Mostly describes my preference
1TVFT13C;6,9,14,20,24;28;22;50;Ost;42;7;Somewhat difficult;Slightly describes my preference
5HSYVCSS;2,5,13,22,24;25;30;45;Nord;57;5;Somewhat difficult;Moderately describes my preference
A9JA5WV2;5,6,7,14,16;9;47;44;Nord;53;5;Somewhat difficult;Clearly describes my preference
FQPESPYV;2,11,14,17,24;59;22;19;Ost;69;11;Somewhat easy;Moderately describes my preference
ZBEKVQNM;2,5,13,14,24;44;10;46;Nord;35;24;Neither easy nor difficult;Mostly describes my preference
MRF9XQ4W;2,4,8,14,24;25;40;35;Nord;41;5;Somewhat easy;Moderately describes my preference
QQE4NNEJ;2,5,6,7,11;40;20;40;Nord;101;5;Extremely easy;Slightly describes my preference
FU6EEWTL;5,8,12,14,17;50;20;30;Süd;64;5;Somewhat easy;Mostly describes my preference
TPH1REDA;2,5,6,7,13;30;25;45;Nord;32;7;Somewhat easy;Slightly describes my preference
8NB6G7GU;5,6,7,11,12;40;15;45;West;50;5;Somewhat easy;Moderately describes my preference
NQ3NXP9U;2,6,10,11,24;60;20;20;Nord;96;10;Somewhat easy;Moderately describes my preference
PZT3F4R8;19,20,21,23,24;30;20;50;West;56;11;Somewhat easy;Mostly describes my preference
RC2FJU1H;2,13,16,20,24;32;23;45;Ost;66;8;Neither easy nor difficult;Mostly describes my preference
UZYTYJN7;1,5,13,19,24;60;13;27;Nord;37;6;Somewhat easy;Mostly describes my preference
KLJVPRUD;7,14,21,22,24;22;40;38;West;52;5;Somewhat easy;Slightly describes my preference
AZY9GYGJ;11,12,17,18,24;33;34;33;Ost;78;7;Somewhat difficult;Mostly describes my preference
FTX2CQXK;5,7,14,20,24;31;26;43;West;31;6;Somewhat easy;Moderately describes my preference
G3MFZNB8;7,8,13,14,15;59;15;26;Süd;29;8;Somewhat easy;Moderately describes my preference
4TUWVK4M;2,7,14,20,24;35;10;55;Ost;39;5;Somewhat easy;Mostly describes my preference
FBN33ZL7;2,7,12,13,17;50;15;35;West;69;9;Somewhat difficult;Slightly describes my preference
FASEYYR3;2,3,12,14,18;55;10;35;Nord;117;10;Somewhat easy;Mostly describes my preference
XYX5G4HH;5,7,9,12,20;51;17;32;Nord;38;9;Somewhat easy;Clearly describes my preference
UB36PRAV;12,13,14,16,24;25;25;50;Ost;32;7;Somewhat easy;Moderately describes my preference
48B219TM;7,12,13,15,20;25;35;40;West;61;22;Somewhat easy;Moderately describes my preference
XKBEGJMA;1,8,18,19,20;30;30;40;West;41;9;Somewhat easy;Moderately describes my preference
PRTX6WYB;5,6,12,17,23;50;20;30;West;42;7;Somewhat easy;Mostly describes my preference
A67CMQCV;2,5,6,16,23;50;25;25;West;80;5;Neither easy nor difficult;Moderately describes my preference
SAUTLCP8;7,11,12,13,23;24;50;26;Süd;112;10;Somewhat difficult;Mostly describes my preference
KGJHH5DB;2,6,8,15,18;45;20;35;Ost;159;12;Somewhat easy;Moderately describes my preference
KFWWSU2Z;7,13,16,19,20;25;35;40;Ost;116;7;Neither easy nor difficult;Mostly describes my preference
SW3RR2KX;6,12,14,16,17;33;32;35;Ost;33;11;Neither easy nor difficult;Mostly describes my preference
5L5K21HZ;1,2,4,5,6;40;40;20;Nord;23;6;Extremely easy;Moderately describes my preference
YBD66HRT;2,13,15,18,24;50;10;40;Ost;28;5;Somewhat easy;Moderately describes my preference
WFCEQBS1;2,4,5,6,13;38;25;37;Nord;32;9;Somewhat easy;Slightly describes my preference
H64M2QZY;2,7,13,17,24;35;20;45;Ost;80;5;Somewhat easy;Slightly describes my preference
DAS4S4YT;4,7,13,16,21;30;40;30;Ost;85;5;Somewhat easy;Mostly describes my preference
AG2ZHXTW;1,15,19,21,24;40;20;40;West;35;6;Extremely easy;Slightly describes my preference
AY6VFCNL;13,14,16,19,24;20;30;50;Ost;79;30;Extremely easy;Slightly describes my preference
8JF51ARL;2,6,7,12,24;30;30;40;Nord;42;5;Neither easy nor difficult;Mostly describes my preference
P4GWG2B9;1,7,14,16,24;20;40;40;Süd;114;5;Somewhat easy;Slightly describes my preference
GYQCPVXP;2,7,8,13,14;31;15;54;Süd;60;7;Neither easy nor difficult;Mostly describes my preference
YLYTNK77;2,5,6,14,17;50;20;30;Nord;90;14;Somewhat difficult;Slightly describes my preference
LU4LQ3DT;5,12,14,17,24;45;20;35;Ost;113;17;Somewhat easy;Moderately describes my preference
LGD8SLYY;6,8,9,13,23;33;34;33;Ost;67;9;Somewhat difficult;Slightly describes my preference
LLYL5HLN;6,7,14,17,19;40;30;30;Ost;43;9;Somewhat easy;Mostly describes my preference
XJS42TL6;2,6,7,11,13;50;20;30;Nord;52;5;Somewhat difficult;Mostly describes my preference
WV1V18SH;5,6,8,14,24;40;20;40;Nord;56;5;Somewhat easy;Moderately describes my preference
6EAERTV3;5,6,7,17,24;70;0;30;Süd;103;48;Somewhat difficult;Slightly describes my preference
R3JNZ2ZR;6,7,8,13,20;30;30;40;Süd;27;5;Extremely easy;Mostly describes my preference
Z1MTZHZV;5,7,10,11,12;40;10;50;Süd;33;5;Somewhat easy;Slightly describes my preference
ATPGZUQQ;2,6,7,13,14;30;20;50;Ost;59;5;Extremely easy;Mostly describes my preference
A6JSE9MB;1,6,11,14,17;61;15;24;Ost;32;5;Neither easy nor difficult;Moderately describes my preference
C46LEUB6;2,13,14,15,19;20;20;60;Ost;40;5;Somewhat easy;Slightly describes my preference
HPN639AU;6,14,18,23,24;25;38;37;Nord;34;20;Extremely easy;Mostly describes my preference
SR1XCLNM;6,7,12,18,24;50;30;20;Ost;99;5;Neither easy nor difficult;Moderately describes my preference
A48HJ449;3,4,8,13,16;30;40;30;Nord;71;5;Somewhat difficult;Moderately describes my preference
F4LFVHAJ;5,13,14,18,20;50;15;35;Ost;80;5;Somewhat difficult;Mostly describes my preference
JFUHQJ2R;5,7,12,14,16;65;20;15;Süd;80;38;Somewhat easy;Mostly describes my preference
T5UU6V6L;2,5,10,16,17;40;30;30;Nord;78;8;Somewhat easy;Moderately describes my preference
JZHCRY1K;3,5,8,15,22;25;40;35;Nord;66;7;Somewhat easy;Moderately describes my preference
2C24T7KE;5,6,12,14,17;25;30;45;Ost;54;7;Neither easy nor difficult;Moderately describes my preference
J95G6U5H;2,4,5,12,24;50;30;20;Nord;55;5;Somewhat easy;Slightly describes my preference
NMDXBWCA;2,6,13,14,24;40;20;40;Ost;43;5;Extremely easy;Mostly describes my preference
J3QC3A9L;3,13,17,19,24;30;20;50;Ost;37;23;Neither easy nor difficult;Slightly describes my preference
BQ9NM8NA;2,6,10,14,18;40;30;30;Nord;66;9;Somewhat easy;Mostly describes my preference
VU9GU7EC;2,12,19,20,24;30;30;40;West;87;7;Somewhat easy;Slightly describes my preference
WJK3XX9Z;7,14,16,17,24;37;26;37;Ost;88;8;Somewhat easy;Moderately describes my preference
NGVYR1W7;2,13,14,17,20;29;22;49;Ost;48;6;Somewhat easy;Slightly describes my preference
YAJPC2X2;7,10,11,17,23;33;34;33;Süd;39;5;Somewhat easy;Mostly describes my preference
5DV6TKBH;13,14,16,17,18;40;25;35;Ost;20;5;Somewhat easy;Moderately describes my preference
Q1VJ7X9Y;1,8,10,21,24;30;35;35;Süd;35;5;Somewhat difficult;Moderately describes my preference
5MZSLUFC;5,13,14,17,19;40;10;50;Ost;22;15;Somewhat easy;Moderately describes my preference
432RJBHZ;2,5,6,14,17;50;20;30;Nord;34;5;Somewhat easy;Moderately describes my preference
F5M2YPXD;7,13,14,17,19;30;40;30;Ost;39;5;Somewhat easy;Mostly describes my preference
8AQ4NDL3;2,14,20,22,23;35;15;50;West;50;5;Somewhat easy;Moderately describes my preference
RFYTP9LP;7,10,14,23,24;42;23;35;West;222;10;Somewhat easy;Moderately describes my preference
XGJWLASY;1,2,4,5,6;50;20;30;Nord;15;5;Somewhat easy;Moderately describes my preference
M8BLJ2F3;1,2,3,6,13;40;10;50;Nord;48;7;Extremely easy;Mostly describes my preference
EFDZ7ETR;5,6,7,8,12;30;20;50;West;18;5;Somewhat easy;Moderately describes my preference
55WRKBVE;7,8,14,17,24;30;20;50;West;52;5;Extremely easy;Moderately describes my preference
16AG1TYY;6,7,12,14,24;55;15;30;Süd;133;6;Somewhat easy;Mostly describes my preference
ASLWD2SD;1,7,13,17,22;20;20;60;Ost;107;18;Somewhat easy;Slightly describes my preference
LY9YM7QB;1,2,4,5,6;38;24;38;Nord;24;7;Somewhat easy;Slightly describes my preference
Z2RR5XKJ;4,14,17,18,24;35;25;40;Ost;100;12;Neither easy nor difficult;Slightly describes my preference
SKRTM9LU;2,5,13,14,20;35;25;40;Süd;87;15;Neither easy nor difficult;Slightly describes my preference
W2MLS75Q;13,14,15,17,18;35;20;45;Ost;14;5;Extremely easy;Slightly describes my preference
E61HYTYU;2,7,16,19,21;26;22;52;Nord;92;5;Somewhat easy;Moderately describes my preference
KS38TBG8;5,7,14,17,21;35;20;45;Ost;47;5;Extremely easy;Mostly describes my preference
XVHXW4NR;2,6,12,14,17;40;20;40;Ost;46;7;Neither easy nor difficult;Moderately describes my preference
WPE7PDH3;5,13,14,17,19;30;20;50;Ost;18;5;Somewhat difficult;Mostly describes my preference
VMTUZREL;1,5,6,17,23;43;21;36;Nord;74;22;Somewhat difficult;Mostly describes my preference
4XC8CX5K;11,12,20,21,23;50;30;20;West;20;5;Somewhat easy;Moderately describes my preference
EJGJXLSU;13,14,15,17,18;35;15;50;Ost;24;5;Somewhat easy;Moderately describes my preference
ZH1C7RZF;2,7,14,19,23;34;15;51;Nord;81;9;Extremely easy;Clearly describes my preference
9MKCB7MQ;14,15,16,17,18;50;25;25;Ost;108;18;Somewhat easy;Moderately describes my preference
KCJ79YXW;2,6,7,15,24;30;40;30;West;93;5;Somewhat easy;Mostly describes my preference
SVRH73LF;5,6,11,12,16;38;28;34;Süd;38;6;Somewhat easy;Mostly describes my preference
6TWRBG64;5,6,13,14,17;30;10;60;Ost;53;5;Somewhat difficult;Mostly describes my preference
2K9TK9X1;13,14,16,17,18;35;25;40;Ost;35;7;Extremely easy;Clearly describes my preference
L2WBGDBB;4,16,17,19,24;45;30;25;Ost;65;9;Neither easy nor difficult;Moderately describes my preference
AH17ZXW1;6,11,14,20,24;30;10;60;Nord;40;7;Somewhat easy;Mostly describes my preference
8GSXKNY4;7,11,12,14,17;42;20;38;Ost;44;5;Somewhat easy;Moderately describes my preference
NLHBD2KE;1,2,14,20,22;8;22;70;Nord;66;5;Extremely easy;Moderately describes my preference
U8VU8B6L;6,17,18,19,24;20;20;60;West;75;38;Neither easy nor difficult;Slightly describes my preference
YKQ279Y2;2,6,15,16,20;29;32;39;Ost;104;7;Somewhat easy;Slightly describes my preference
TFL7ZHZR;1,2,14,15,20;35;10;55;West;92;20;Neither easy nor difficult;Clearly describes my preference
K526FDSR;1,5,12,19,20;30;20;50;Nord;57;27;Somewhat easy;Mostly describes my preference
M9EWVKCX;6,13,14,17,21;35;15;50;West;99;7;Extremely easy;Moderately describes my preference
RZCGMWLH;5,14,16,18,24;40;40;20;Nord;130;7;Somewhat easy;Moderately describes my preference
GJDV2MST;7,19,20,21,24;15;40;45;West;27;5;Somewhat easy;Moderately describes my preference
CH5QQFBL;6,7,12,17,24;53;14;33;Süd;49;8;Somewhat difficult;Mostly describes my preference
Y1D4XWV5;2,5,13,17,19;20;20;60;Ost;80;13;Somewhat difficult;Mostly describes my preference
DXP44T17;3,6,7,12,17;35;40;25;Ost;51;5;Somewhat difficult;Mostly describes my preference
ATEYGYZZ;5,7,14,16,17;30;0;70;Ost;43;5;Somewhat difficult;Mostly describes my preference
YM4R3X7S;2,5,6,16,23;35;25;40;Nord;39;5;Somewhat easy;Mostly describes my preference
DV7YAWGL;5,7,10,12,22;50;30;20;Ost;71;9;Somewhat difficult;Mostly describes my preference
UCNZR63U;2,6,7,16,24;50;30;20;Ost;139;21;Somewhat easy;Moderately describes my preference
N7M3DUG4;5,7,12,16,21;33;34;33;Nord;67;26;Extremely easy;Mostly describes my preference
5J9328YV;5,6,19,20,24;50;0;50;West;55;6;Somewhat easy;Moderately describes my preference
4VQ14DB6;7,10,11,12,14;37;30;33;Süd;43;7;Somewhat difficult;Mostly describes my preference
LGXYJ4C1;1,2,3,5,6;50;20;30;Nord;19;5;Somewhat difficult;Mostly describes my preference
XZJCW2GS;8,10,14,16,24;10;80;10;Süd;39;5;Somewhat easy;Moderately describes my preference
H4T5RY7K;5,11,19,21,23;45;25;30;West;59;5;Somewhat easy;Moderately describes my preference
JCR7EG1H;7,12,13,14,18;40;20;40;Ost;38;5;Somewhat easy;Moderately describes my preference
JJBCAC37;5,6,11,17,18;75;0;25;Süd;74;25;Somewhat difficult;Moderately describes my preference
9HDEH1D1;5,6,17,18,24;35;31;34;West;33;16;Extremely easy;Mostly describes my preference
44VVL46Y;7,8,9,10,11;25;25;50;Süd;58;7;Somewhat easy;Mostly describes my preference
15KHCW7R;7,13,15,20,24;50;20;30;Ost;24;5;Somewhat easy;Mostly describes my preference
PS5EF9WV;2,11,16,17,18;40;20;40;Ost;108;12;Somewhat easy;Mostly describes my preference
14SJEBYM;2,10,16,21,24;30;40;30;Süd;58;7;Somewhat easy;Slightly describes my preference
66639V43;5,6,7,12,13;38;9;53;West;26;9;Extremely easy;Clearly describes my preference
