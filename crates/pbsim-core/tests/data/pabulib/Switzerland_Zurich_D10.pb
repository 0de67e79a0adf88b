META
key;value
description;Qualtrics Zurich PB Experiment 2023, D10 format
country;Switzerland
unit;Zurich
instance;D10
num_projects;24
num_votes;180
budget;60000
vote_type;cumulative
rule;unknown
date_begin;09.03.2023
date_end;19.03.2023
min_length;1
max_length;10
max_sum_points;10
language;en
currency;CHF
experimental;1
acknowledgments;Data from Yang et al. (2024), https://arxiv.org/abs/2310.03501.
PROJECTS
project_id;cost;votes;score;name;category;district
1;5000;34;56;Planting Workshops at Oerlikon;Nature;Nord
2;10000;65;113;Footpath Gardens around Train Stations;Nature;Nord
3;5000;10;16;Kid Festival at Leutschenpark;Culture;Nord
4;10000;19;38;Music Studio at Kulturbahnhof Affoltern;Culture;Nord
5;5000;76;149;Safe Bike Paths around Irchel Park;Transportation;Nord
6;10000;66;142;More Night Buses to Oerlikon;Transportation;Nord
7;5000;59;112;Free Open Badi Space in Wollishofen;Nature;Süd
8;10000;19;33;A Neighborhood Garden for Wiedikon;Nature;Süd
9;5000;13;20;Environmental Film Session for Kids;Culture;Süd
10;10000;24;43;Car-free Sunday Festivals on Mutschellenstrasse;Culture;Süd
11;5000;35;57;Free Bike Fixing Workshops;Transportation;Süd
12;10000;44;87;Car Sharing System for Young People;Transportation;Süd
13;5000;67;136;Transforming City Spaces under Trees into Gardens;Nature;Ost
14;10000;84;168;More Trees in Bellevue & Sechseläutenplatz;Nature;Ost
15;5000;13;16;Plant Festival in the City Centre;Culture;Ost
16;10000;48;90;Multicultural Festival at Sechseläutenplatz;Culture;Ost
17;5000;60;118;Bike Lanes on Seefeldstrasse;Transportation;Ost
18;10000;25;56;Speed bumps in the City and the Lake Front;Transportation;Ost
19;5000;35;66;Bird Houses for Zurich-Höngg;Nature;West
20;10000;24;46;Wet Biotope as Learning Garden in Frankental;Nature;West
21;5000;18;27;Dingtheke: Community Things Exchange Library in Wipkingen;Culture;West
22;10000;21;35;Sustainable Cooking Workshop with Kids;Culture;West
23;5000;22;30;Public Bicycle Moving Trailer to be Borrowed;Transportation;West
24;10000;62;146;Car-free Langstrasse;Transportation;West
VOTES
voter_id;vote;points;topic_preference_transport;topic_preference_culture;topic_preference_nature;district_preference;time_taken_seconds;format_easiness;format_expressiveness;format_rank
QGVT6BFJ;9,3,13;4,3,3;24;43;33;West;13;8;Somewhat difficult;Mostly describes my preference
YK3TDKDG;5,1,2,6,7,24;3,2,2,1,1,1;60;10;30;Nord;18;6;Somewhat difficult;Mostly describes my preference
GBXNVPT3;6,5,1,14,19;4,3,1,1,1;30;20;50;Nord;39;14;Neither easy nor difficult;Mostly describes my preference
Q3XX1WEM;2,5,6,8,14,23;2,2,2,2,1,1;48;21;31;Nord;24;6;Somewhat difficult;Mostly describes my preference
VYWXL1Y7;13,14,24,1,5,11,19;2,2,2,1,1,1,1;50;15;35;Ost;23;7;Somewhat easy;Moderately describes my preference
9FL7WKHB;10,11,16,4,5,23;3,2,2,1,1,1;25;50;25;Süd;45;6;Neither easy nor difficult;Moderately describes my preference
Z9WAJKGN;24,6,7,5,12,18;3,2,2,1,1,1;40;35;25;Nord;32;11;Somewhat difficult;Mostly describes my preference
S9ECLWWP;14,17,18,24;6,2,1,1;48;6;46;Ost;33;14;Extremely easy;Clearly describes my preference
HB147SX9;1,4,12,2,7,15,22;2,2,2,1,1,1,1;20;40;40;Nord;32;7;Neither easy nor difficult;Mostly describes my preference
HJN3ASHT;24,17,14;5,3,2;43;15;42;Ost;20;4;Neither easy nor difficult;Clearly describes my preference
69FGJ7YL;7,5,23,11,13,14;3,2,2,1,1,1;40;25;35;Nord;45;24;Neither easy nor difficult;Slightly describes my preference
UWYHTA6P;1,6,14,19;3,3,2,2;20;10;70;Nord;32;4;Somewhat difficult;Slightly describes my preference
R3E7WUKL;12,13,5,10,14,17,21,24;2,2,1,1,1,1,1,1;40;20;40;Ost;51;9;Somewhat easy;Moderately describes my preference
TZE63P5P;13,16,17,7,18;3,3,2,1,1;33;34;33;Ost;70;8;Somewhat easy;Mostly describes my preference
AN4E34N9;13,11,19,1;4,3,2,1;35;30;35;Ost;41;12;Neither easy nor difficult;Mostly describes my preference
SXBWM1MW;20,24,1;4,4,2;25;25;50;Ost;40;17;Somewhat difficult;Slightly describes my preference
VUKHHTRG;4,5,6,7,8,10,14,16,19,24;1,1,1,1,1,1,1,1,1,1;34;33;33;West;61;10;Extremely difficult;Moderately describes my preference
US5DFGK1;4,2;6,4;25;42;33;Nord;18;3;Neither easy nor difficult;Mostly describes my preference
39TMQA7N;2,4,9,24;4,2,2,2;25;40;35;Ost;24;6;Extremely easy;Clearly describes my preference
TXLBAP7X;11,6,17,5,13,23;3,2,2,1,1,1;60;0;40;Nord;66;6;Neither easy nor difficult;Mostly describes my preference
JTYKLNH1;17,14,18,13,16;4,2,2,1,1;62;13;25;Ost;26;10;Somewhat easy;Mostly describes my preference
KD1FMAYY;1,2,5,7,10,13,14,17,19,24;1,1,1,1,1,1,1,1,1,1;25;25;50;Nord;45;10;Somewhat difficult;Mostly describes my preference
C3T5K632;6,5;7,3;60;20;20;Nord;26;2;Extremely easy;Clearly describes my preference
WWG666QQ;16,19,14,1,8;3,3,2,1,1;35;35;30;Süd;37;7;Somewhat difficult;Slightly describes my preference
ASPT6E8J;18,6,14,17,5;3,2,2,2,1;67;0;33;Ost;80;12;Extremely easy;Mostly describes my preference
QL28MSCM;22,2,9,12,20;3,2,2,2,1;30;30;40;Ost;57;9;Somewhat difficult;Mostly describes my preference
Z9D1X2XG;24,2,13,15,17;3,2,2,2,1;48;19;33;West;44;5;Somewhat difficult;Moderately describes my preference
C3MTQTG3;17,18,13,14;4,4,1,1;70;5;25;Ost;18;10;Somewhat difficult;Mostly describes my preference
Y2TTXBUL;6,16,5,11,13,14,19,20;2,2,1,1,1,1,1,1;40;25;35;Nord;87;8;Somewhat difficult;Slightly describes my preference
K9RFLV3L;2,6,14,13,19;3,3,2,1,1;40;10;50;Nord;31;6;Neither easy nor difficult;Mostly describes my preference
QX2KYA7C;5,24,2,14;3,3,2,2;35;30;35;Nord;27;8;Somewhat easy;Mostly describes my preference
AB2BXLJD;2,11,7,18,23;3,3,2,1,1;20;30;50;Nord;47;9;Somewhat easy;Slightly describes my preference
SLM9ZZCL;13,24,2,5;3,3,2,2;60;0;40;West;22;4;Somewhat difficult;Does not describe my preference
NQCRFWTB;5;10;36;6;58;Nord;15;1;Neither easy nor difficult;Mostly describes my preference
6UYARXYW;12,14,10,6;4,3,2,1;37;41;22;Ost;24;4;Extremely difficult;Slightly describes my preference
KHTJ7W7J;1,4;6,4;25;15;60;Nord;30;7;Somewhat easy;Mostly describes my preference
P8GZFT8L;17,7,10,5,14,23;3,2,2,1,1,1;40;20;40;Ost;71;10;Somewhat easy;Clearly describes my preference
U8Y68QJ4;3,7,11,14,16,22;2,2,2,2,1,1;45;27;28;Ost;60;9;Somewhat easy;Mostly describes my preference
1PW9NBML;17,16,6,7,14;4,3,1,1,1;50;30;20;Ost;30;8;Somewhat easy;Mostly describes my preference
H2ZP397R;10,4,16,22,14;3,2,2,2,1;0;70;30;West;95;10;Extremely easy;Moderately describes my preference
ZKMH52UG;13,20,14,21;3,3,2,2;14;5;81;Nord;49;6;Somewhat easy;Mostly describes my preference
BWZARCP8;22,13,17,14;5,2,2,1;42;16;42;West;42;9;Somewhat difficult;Moderately describes my preference
2UZ7AYW6;16,12,13,14,17;3,2,2,2,1;30;40;30;Ost;53;10;Somewhat easy;Moderately describes my preference
9Q9KZWCT;5,20,11,13,16,18,21,24;2,2,1,1,1,1,1,1;20;40;40;West;46;11;Somewhat difficult;Mostly describes my preference
5F5JRRRB;17,20,7,16;5,3,1,1;50;20;30;Ost;52;7;Somewhat easy;Clearly describes my preference
UBF7QR7K;2,3,5,9,11,14,16,17,21,23;1,1,1,1,1,1,1,1,1,1;50;25;25;Ost;96;60;Somewhat easy;Mostly describes my preference
F19UNPF5;2,6,13,24,5,7;2,2,2,2,1,1;40;10;50;Ost;38;10;Neither easy nor difficult;Mostly describes my preference
E8CX628G;6,5,13,2,17,24;3,2,2,1,1,1;35;25;40;Nord;35;17;Somewhat easy;Clearly describes my preference
PXF3UNXM;13,14,16,1,17;3,3,2,1,1;22;28;50;Ost;39;15;Somewhat easy;Mostly describes my preference
1TVFT13C;13,14,24,16,17,18,20;2,2,2,1,1,1,1;28;22;50;Ost;31;7;Somewhat easy;Moderately describes my preference
5HSYVCSS;13,5,1,2,22;5,2,1,1,1;25;30;45;Nord;29;6;Somewhat easy;Mostly describes my preference
A9JA5WV2;6,16;5,5;9;47;44;Nord;32;2;Neither easy nor difficult;Moderately describes my preference
FQPESPYV;17,24,11,1,2;3,3,2,1,1;59;22;19;Ost;36;6;Extremely easy;Mostly describes my preference
ZBEKVQNM;7,24,1,5;3,3,2,2;44;10;46;Nord;21;19;Neither easy nor difficult;Mostly describes my preference
MRF9XQ4W;14,13,2,4,5,8,24;3,2,1,1,1,1,1;25;40;35;Nord;76;13;Somewhat easy;Moderately describes my preference
QQE4NNEJ;5,7,2,11;5,3,1,1;40;20;40;Nord;37;6;Neither easy nor difficult;Mostly describes my preference
FU6EEWTL;12,8,5,17;5,3,1,1;50;20;30;Süd;74;6;Somewhat difficult;Moderately describes my preference
TPH1REDA;2,6,7,9,13,22;4,2,1,1,1,1;30;25;45;Nord;54;11;Somewhat difficult;Moderately describes my preference
8NB6G7GU;11,7,2,5,6;4,3,1,1,1;40;15;45;West;41;13;Neither easy nor difficult;Clearly describes my preference
NQ3NXP9U;6,11,24,1,10;3,3,2,1,1;60;20;20;Nord;79;7;Neither easy nor difficult;Moderately describes my preference
PZT3F4R8;1,19,20,2,21;3,3,2,1,1;30;20;50;West;64;17;Somewhat difficult;Moderately describes my preference
RC2FJU1H;13,2,16,24;5,2,2,1;32;23;45;Ost;172;10;Neither easy nor difficult;Mostly describes my preference
UZYTYJN7;13,5,24,6,17,19;3,2,2,1,1,1;60;13;27;Nord;56;13;Somewhat difficult;Slightly describes my preference
KLJVPRUD;24,14,21,7,15,22;3,2,2,1,1,1;22;40;38;West;50;13;Extremely easy;Mostly describes my preference
AZY9GYGJ;11,12,18,24,7,10;2,2,2,2,1,1;33;34;33;Ost;191;37;Somewhat difficult;Slightly describes my preference
FTX2CQXK;7,24,14,20;3,3,2,2;31;26;43;West;24;4;Neither easy nor difficult;Mostly describes my preference
G3MFZNB8;8,14,7,19;4,4,1,1;59;15;26;Süd;291;17;Somewhat easy;Moderately describes my preference
4TUWVK4M;24,13,14,15,19,20;5,1,1,1,1,1;35;10;55;Ost;56;6;Extremely easy;Clearly describes my preference
FBN33ZL7;7,12,2,5,11,13,21,22;2,2,1,1,1,1,1,1;50;15;35;West;90;26;Neither easy nor difficult;Mostly describes my preference
FASEYYR3;12,2,3,14,24;5,2,1,1,1;55;10;35;Nord;110;73;Somewhat difficult;Moderately describes my preference
XYX5G4HH;2,4,5,7,9,10,11,12,17,23;1,1,1,1,1,1,1,1,1,1;51;17;32;Nord;53;11;Somewhat easy;Clearly describes my preference
UB36PRAV;13,12,14,24,11;3,2,2,2,1;25;25;50;Ost;20;5;Somewhat easy;Mostly describes my preference
48B219TM;7,12,13,1,2,6,15;2,2,2,1,1,1,1;25;35;40;West;148;29;Neither easy nor difficult;Mostly describes my preference
XKBEGJMA;19,20,24,1,8,17,18;2,2,2,1,1,1,1;30;30;40;West;37;20;Somewhat easy;Mostly describes my preference
PRTX6WYB;12,6,23,17;4,3,2,1;50;20;30;West;54;6;Somewhat difficult;Mostly describes my preference
A67CMQCV;2,5,12,13,14,16,19,22,23;2,1,1,1,1,1,1,1,1;50;25;25;West;81;10;Somewhat easy;Mostly describes my preference
SAUTLCP8;12,13,23,7,11,21;3,2,2,1,1,1;24;50;26;Süd;69;12;Somewhat easy;Mostly describes my preference
KGJHH5DB;6,2,15,18,8;3,2,2,2,1;45;20;35;Ost;129;9;Somewhat easy;Mostly describes my preference
KFWWSU2Z;7,13,16,20;3,3,2,2;25;35;40;Ost;56;7;Somewhat difficult;Moderately describes my preference
SW3RR2KX;16,6,14,1,12,17;3,2,2,1,1,1;33;32;35;Ost;78;27;Somewhat difficult;Moderately describes my preference
5L5K21HZ;6,5,4,1;4,3,2,1;40;40;20;Nord;80;6;Somewhat easy;Clearly describes my preference
YBD66HRT;2,13,18,24,6,14;2,2,2,2,1,1;50;10;40;Ost;77;6;Somewhat easy;Mostly describes my preference
WFCEQBS1;4,5,1,2,6,13,14;3,2,1,1,1,1,1;38;25;37;Nord;41;8;Somewhat difficult;Mostly describes my preference
H64M2QZY;2,7,13,24,20;3,2,2,2,1;35;20;45;Ost;46;8;Somewhat easy;Does not describe my preference
DAS4S4YT;16,7,21,4,13;4,2,2,1,1;30;40;30;Ost;66;6;Somewhat easy;Clearly describes my preference
AG2ZHXTW;19,22,23;5,4,1;40;20;40;West;20;4;Neither easy nor difficult;Mostly describes my preference
AY6VFCNL;13,24,2,5,6,14,16,17;2,2,1,1,1,1,1,1;20;30;50;Ost;134;60;Extremely easy;Moderately describes my preference
8JF51ARL;6,12,2,4,5,7,24;3,2,1,1,1,1,1;30;30;40;Nord;57;10;Neither easy nor difficult;Mostly describes my preference
P4GWG2B9;14,1,7,24;4,2,2,2;20;40;40;Süd;45;4;Somewhat difficult;Moderately describes my preference
GYQCPVXP;7,8,12,13,14;4,2,2,1,1;31;15;54;Süd;53;23;Somewhat difficult;Mostly describes my preference
YLYTNK77;6,5,17,2,13,14;3,2,2,1,1,1;50;20;30;Nord;97;21;Somewhat easy;Mostly describes my preference
LU4LQ3DT;14,5,17,24;5,2,2,1;45;20;35;Ost;31;4;Somewhat difficult;Clearly describes my preference
LGD8SLYY;13,5,6,8,9,12,17,23,24;2,1,1,1,1,1,1,1,1;33;34;33;Ost;87;18;Somewhat difficult;Moderately describes my preference
LLYL5HLN;17,19,7,14;3,3,2,2;40;30;30;Ost;62;12;Extremely easy;Mostly describes my preference
XJS42TL6;2,6,13,11,16,17,22;2,2,2,1,1,1,1;50;20;30;Nord;91;11;Neither easy nor difficult;Mostly describes my preference
WV1V18SH;14,5,6,2,17,24;3,2,2,1,1,1;40;20;40;Nord;76;7;Neither easy nor difficult;Mostly describes my preference
6EAERTV3;5,17,7;6,3,1;70;0;30;Süd;28;17;Somewhat easy;Clearly describes my preference
R3JNZ2ZR;7,8,2,6,13,17,19,23;2,2,1,1,1,1,1,1;30;30;40;Süd;38;10;Neither easy nor difficult;Mostly describes my preference
Z1MTZHZV;7,11,5,10,12;4,3,1,1,1;40;10;50;Süd;37;6;Somewhat easy;Moderately describes my preference
ATPGZUQQ;13,2,6,14,10;3,2,2,2,1;30;20;50;Ost;48;15;Somewhat easy;Clearly describes my preference
A6JSE9MB;14,1,5,11;5,2,2,1;61;15;24;Ost;34;4;Neither easy nor difficult;Slightly describes my preference
C46LEUB6;19,14,15,16,2;3,2,2,2,1;20;20;60;Ost;36;7;Somewhat easy;Mostly describes my preference
HPN639AU;6,13,24;4,4,2;25;38;37;Nord;18;14;Extremely easy;Moderately describes my preference
SR1XCLNM;7,12,24;5,3,2;50;30;20;Ost;29;3;Neither easy nor difficult;Moderately describes my preference
A48HJ449;4,3,13,16,8;3,2,2,2,1;30;40;30;Nord;82;13;Neither easy nor difficult;Mostly describes my preference
F4LFVHAJ;13,18,20,11;3,3,3,1;50;15;35;Ost;68;5;Somewhat easy;Moderately describes my preference
JFUHQJ2R;7,14,5,12;3,3,2,2;65;20;15;Süd;63;30;Somewhat easy;Mostly describes my preference
T5UU6V6L;5,17,16,2,10;3,3,2,1,1;40;30;30;Nord;135;17;Neither easy nor difficult;Mostly describes my preference
JZHCRY1K;3,5,22,7,8,14;3,2,2,1,1,1;25;40;35;Nord;1686;9;Somewhat difficult;Mostly describes my preference
2C24T7KE;5,6,7,12,14,15,16,17,20,21;1,1,1,1,1,1,1,1,1,1;25;30;45;Ost;104;17;Somewhat easy;Mostly describes my preference
J95G6U5H;6,2,4,5;5,2,2,1;50;30;20;Nord;16;4;Neither easy nor difficult;Mostly describes my preference
NMDXBWCA;13,14,5,6,12,16,19,24;2,2,1,1,1,1,1,1;40;20;40;Ost;109;13;Somewhat difficult;Mostly describes my preference
J3QC3A9L;24,2,3,6,8,13,17,19,22;2,1,1,1,1,1,1,1,1;30;20;50;Ost;79;44;Somewhat easy;Moderately describes my preference
BQ9NM8NA;2,10,6,12,13,14,18,23;2,2,1,1,1,1,1,1;40;30;30;Nord;105;28;Somewhat easy;Mostly describes my preference
VU9GU7EC;24,19;6,4;30;30;40;West;18;4;Neither easy nor difficult;Mostly describes my preference
WJK3XX9Z;16,17,24,7;5,2,2,1;37;26;37;Ost;34;4;Neither easy nor difficult;Mostly describes my preference
NGVYR1W7;14,2,17,20,9;3,2,2,2,1;29;22;49;Ost;67;7;Somewhat easy;Moderately describes my preference
YAJPC2X2;7,10,16,5,11,17,23;2,2,2,1,1,1,1;33;34;33;Süd;36;8;Neither easy nor difficult;Clearly describes my preference
5DV6TKBH;17,18,14,13,16;3,3,2,1,1;40;25;35;Ost;53;10;Somewhat easy;Mostly describes my preference
Q1VJ7X9Y;1,6,10,24,21,22;2,2,2,2,1,1;30;35;35;Süd;42;10;Somewhat easy;Mostly describes my preference
5MZSLUFC;13,14,17,5,19;3,3,2,1,1;40;10;50;Ost;32;17;Somewhat difficult;Mostly describes my preference
432RJBHZ;5,17,1,2,6,18;4,2,1,1,1,1;50;20;30;Nord;64;8;Somewhat easy;Clearly describes my preference
F5M2YPXD;17,13;7,3;30;40;30;Ost;21;4;Extremely easy;Mostly describes my preference
8AQ4NDL3;23,20,22,2;4,3,2,1;35;15;50;West;67;6;Neither easy nor difficult;Mostly describes my preference
RFYTP9LP;7,10,14,24,23;3,2,2,2,1;42;23;35;West;93;9;Somewhat difficult;Mostly describes my preference
XGJWLASY;6,5,1,2;4,3,2,1;50;20;30;Nord;26;5;Neither easy nor difficult;Mostly describes my preference
M8BLJ2F3;2,5,3;5,4,1;40;10;50;Nord;41;7;Somewhat difficult;Slightly describes my preference
EFDZ7ETR;12,8,5,6,7,16,24;3,2,1,1,1,1,1;30;20;50;West;32;7;Neither easy nor difficult;Mostly describes my preference
55WRKBVE;8,24,5,6,7,14,17;3,2,1,1,1,1,1;30;20;50;West;82;21;Neither easy nor difficult;Mostly describes my preference
16AG1TYY;6,7,14,12,24;3,3,2,1,1;55;15;30;Süd;120;11;Somewhat easy;Clearly describes my preference
ASLWD2SD;12,5,9,13,17,22;3,2,2,1,1,1;20;20;60;Ost;430;29;Somewhat difficult;Moderately describes my preference
LY9YM7QB;4,5,1,2,6;3,3,2,1,1;38;24;38;Nord;27;9;Extremely easy;Does not describe my preference
Z2RR5XKJ;14,17,20,24,4;3,2,2,2,1;35;25;40;Ost;89;9;Somewhat easy;Mostly describes my preference
SKRTM9LU;5,13,14,9,20;3,3,2,1,1;35;25;40;Süd;69;7;Neither easy nor difficult;Clearly describes my preference
W2MLS75Q;17,13,14,18,15;3,2,2,2,1;35;20;45;Ost;25;5;Neither easy nor difficult;Mostly describes my preference
E61HYTYU;7,2,1,11,14,19,21;3,2,1,1,1,1,1;26;22;52;Nord;61;10;Neither easy nor difficult;Mostly describes my preference
KS38TBG8;14,17,5,7,21;3,3,2,1,1;35;20;45;Ost;68;6;Neither easy nor difficult;Moderately describes my preference
XVHXW4NR;2,6,14,12,19,23,24;2,2,2,1,1,1,1;40;20;40;Ost;55;14;Somewhat easy;Mostly describes my preference
WPE7PDH3;13,14,17,19,2,5;2,2,2,2,1,1;30;20;50;Ost;62;8;Somewhat difficult;Moderately describes my preference
VMTUZREL;6,5,1;5,4,1;43;21;36;Nord;33;5;Somewhat difficult;Mostly describes my preference
4XC8CX5K;21,23,20,11,12;3,3,2,1,1;50;30;20;West;22;8;Neither easy nor difficult;Clearly describes my preference
EJGJXLSU;14,13,17,15,16,18;3,2,2,1,1,1;35;15;50;Ost;73;9;Neither easy nor difficult;Mostly describes my preference
ZH1C7RZF;2,19,14,6,7;3,3,2,1,1;34;15;51;Nord;53;6;Neither easy nor difficult;Slightly describes my preference
9MKCB7MQ;18;10;50;25;25;Ost;128;26;Somewhat difficult;Mostly describes my preference
KCJ79YXW;2,7,24,6,10,15,16;2,2,2,1,1,1,1;30;40;30;West;74;10;Neither easy nor difficult;Clearly describes my preference
SVRH73LF;5,6,2,4,11,12,14,16;2,2,1,1,1,1,1,1;38;28;34;Süd;66;11;Somewhat difficult;Moderately describes my preference
6TWRBG64;14,13,5,6,11,17,19;3,2,1,1,1,1,1;30;10;60;Ost;92;11;Somewhat easy;Mostly describes my preference
2K9TK9X1;14,13,16,17,18;3,2,2,2,1;35;25;40;Ost;59;12;Somewhat easy;Clearly describes my preference
L2WBGDBB;17,19,24,4,14,16;3,2,2,1,1,1;45;30;25;Ost;169;10;Somewhat easy;Mostly describes my preference
AH17ZXW1;1,6,11,14,10,19;2,2,2,2,1,1;30;10;60;Nord;44;7;Somewhat difficult;Moderately describes my preference
8GSXKNY4;14,7,1,11,12,13,15;3,2,1,1,1,1,1;42;20;38;Ost;52;12;Neither easy nor difficult;Mostly describes my preference
NLHBD2KE;1,20,2,9,14,22;3,3,1,1,1,1;8;22;70;Nord;44;12;Somewhat easy;Mostly describes my preference
U8VU8B6L;24,6;7,3;20;20;60;West;27;9;Extremely easy;Clearly describes my preference
YKQ279Y2;2,16,20,6,15;3,3,2,1,1;29;32;39;Ost;100;9;Neither easy nor difficult;Mostly describes my preference
TFL7ZHZR;2,7,13,1,10,14;3,2,2,1,1,1;35;10;55;West;149;11;Somewhat easy;Mostly describes my preference
K526FDSR;19,12;6,4;30;20;50;Nord;34;19;Somewhat easy;Slightly describes my preference
M9EWVKCX;6,7,14,16;3,3,3,1;35;15;50;West;92;8;Somewhat difficult;Mostly describes my preference
RZCGMWLH;5,24,18,14,16;3,3,2,1,1;40;40;20;Nord;64;6;Neither easy nor difficult;Mostly describes my preference
GJDV2MST;24,19,21;7,2,1;15;40;45;West;34;6;Neither easy nor difficult;Mostly describes my preference
CH5QQFBL;6,24;5,5;53;14;33;Süd;15;3;Neither easy nor difficult;Mostly describes my preference
Y1D4XWV5;16,19,14,12;4,3,2,1;20;20;60;Ost;43;6;Extremely difficult;Mostly describes my preference
DXP44T17;5,12,17,3,6,7,14;2,2,2,1,1,1,1;35;40;25;Ost;71;11;Somewhat difficult;Mostly describes my preference
ATEYGYZZ;14,17,5,12;4,4,1,1;30;0;70;Ost;29;11;Somewhat easy;Clearly describes my preference
YM4R3X7S;2,6,5,16;4,3,2,1;35;25;40;Nord;30;7;Somewhat easy;Clearly describes my preference
DV7YAWGL;22,6,10,12,5;3,2,2,2,1;50;30;20;Ost;67;13;Somewhat difficult;Moderately describes my preference
UCNZR63U;2,6,7,10,11,12,16,21,23,24;1,1,1,1,1,1,1,1,1,1;50;30;20;Ost;55;12;Neither easy nor difficult;Mostly describes my preference
N7M3DUG4;12,16,5,7;3,3,2,2;33;34;33;Nord;30;17;Extremely easy;Clearly describes my preference
5J9328YV;24,19,20;8,1,1;50;0;50;West;16;3;Somewhat difficult;Moderately describes my preference
4VQ14DB6;10,11,12;4,3,3;37;30;33;Süd;56;8;Somewhat difficult;Moderately describes my preference
LGXYJ4C1;5,1,2,3,6;5,2,1,1,1;50;20;30;Nord;36;7;Neither easy nor difficult;Moderately describes my preference
XZJCW2GS;10,8,16;6,2,2;10;80;10;Süd;43;3;Somewhat easy;Mostly describes my preference
H4T5RY7K;21,11,19,5;4,3,2,1;45;25;30;West;57;6;Somewhat difficult;Slightly describes my preference
JCR7EG1H;14,18,7,12,13;5,2,1,1,1;40;20;40;Ost;127;13;Neither easy nor difficult;Moderately describes my preference
JJBCAC37;18,6,5,11,17;5,2,1,1,1;75;0;25;Süd;43;8;Somewhat difficult;Mostly describes my preference
9HDEH1D1;2,5,8,13,14,17,20,22,23,24;1,1,1,1,1,1,1,1,1,1;35;31;34;West;58;17;Extremely easy;Clearly describes my preference
44VVL46Y;7,8,9;5,3,2;25;25;50;Süd;37;5;Somewhat difficult;Moderately describes my preference
15KHCW7R;13,16,24;5,3,2;50;20;30;Ost;40;8;Neither easy nor difficult;Mostly describes my preference
PS5EF9WV;18,2,5,9,11,12,16,17;3,1,1,1,1,1,1,1;40;20;40;Ost;132;20;Neither easy nor difficult;Clearly describes my preference
14SJEBYM;24,21,2,7,16,22;4,2,1,1,1,1;30;40;30;Süd;57;10;Somewhat difficult;Mostly describes my preference
66639V43;5,6,7,12,13;2,2,2,2,2;38;9;53;West;28;10;Extremely easy;Clearly describes my preference
