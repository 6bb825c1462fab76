./ken_simpbool.go:23:15: 1 escapes to heap:
./ken_simpbool.go:23:15:   flow: {heap} = &{storage for 1}:
./ken_simpbool.go:23:15:     from 1 (spill) at ./ken_simpbool.go:23:15
./ken_simpbool.go:23:15:     from panic(1) (call parameter) at ./ken_simpbool.go:23:15
./ken_simpbool.go:24:14: 2 escapes to heap:
./ken_simpbool.go:24:14:   flow: {heap} = &{storage for 2}:
./ken_simpbool.go:24:14:     from 2 (spill) at ./ken_simpbool.go:24:14
./ken_simpbool.go:24:14:     from panic(2) (call parameter) at ./ken_simpbool.go:24:14
./ken_simpbool.go:25:17: 3 escapes to heap:
./ken_simpbool.go:25:17:   flow: {heap} = &{storage for 3}:
./ken_simpbool.go:25:17:     from 3 (spill) at ./ken_simpbool.go:25:17
./ken_simpbool.go:25:17:     from panic(3) (call parameter) at ./ken_simpbool.go:25:17
./ken_simpbool.go:26:16: 4 escapes to heap:
./ken_simpbool.go:26:16:   flow: {heap} = &{storage for 4}:
./ken_simpbool.go:26:16:     from 4 (spill) at ./ken_simpbool.go:26:16
./ken_simpbool.go:26:16:     from panic(4) (call parameter) at ./ken_simpbool.go:26:16
./ken_simpbool.go:29:15: 5 escapes to heap:
./ken_simpbool.go:29:15:   flow: {heap} = &{storage for 5}:
./ken_simpbool.go:29:15:     from 5 (spill) at ./ken_simpbool.go:29:15
./ken_simpbool.go:29:15:     from panic(5) (call parameter) at ./ken_simpbool.go:29:15
./ken_simpbool.go:30:17: 6 escapes to heap:
./ken_simpbool.go:30:17:   flow: {heap} = &{storage for 6}:
./ken_simpbool.go:30:17:     from 6 (spill) at ./ken_simpbool.go:30:17
./ken_simpbool.go:30:17:     from panic(6) (call parameter) at ./ken_simpbool.go:30:17
./ken_simpbool.go:37:17: 7 escapes to heap:
./ken_simpbool.go:37:17:   flow: {heap} = &{storage for 7}:
./ken_simpbool.go:37:17:     from 7 (spill) at ./ken_simpbool.go:37:17
./ken_simpbool.go:37:17:     from panic(7) (call parameter) at ./ken_simpbool.go:37:17
./ken_simpbool.go:38:16: 8 escapes to heap:
./ken_simpbool.go:38:16:   flow: {heap} = &{storage for 8}:
./ken_simpbool.go:38:16:     from 8 (spill) at ./ken_simpbool.go:38:16
./ken_simpbool.go:38:16:     from panic(8) (call parameter) at ./ken_simpbool.go:38:16
./ken_simpbool.go:39:19: 9 escapes to heap:
./ken_simpbool.go:39:19:   flow: {heap} = &{storage for 9}:
./ken_simpbool.go:39:19:     from 9 (spill) at ./ken_simpbool.go:39:19
./ken_simpbool.go:39:19:     from panic(9) (call parameter) at ./ken_simpbool.go:39:19
./ken_simpbool.go:40:18: 10 escapes to heap:
./ken_simpbool.go:40:18:   flow: {heap} = &{storage for 10}:
./ken_simpbool.go:40:18:     from 10 (spill) at ./ken_simpbool.go:40:18
./ken_simpbool.go:40:18:     from panic(10) (call parameter) at ./ken_simpbool.go:40:18
./ken_simpbool.go:43:17: 11 escapes to heap:
./ken_simpbool.go:43:17:   flow: {heap} = &{storage for 11}:
./ken_simpbool.go:43:17:     from 11 (spill) at ./ken_simpbool.go:43:17
./ken_simpbool.go:43:17:     from panic(11) (call parameter) at ./ken_simpbool.go:43:17
./ken_simpbool.go:44:19: 12 escapes to heap:
./ken_simpbool.go:44:19:   flow: {heap} = &{storage for 12}:
./ken_simpbool.go:44:19:     from 12 (spill) at ./ken_simpbool.go:44:19
./ken_simpbool.go:44:19:     from panic(12) (call parameter) at ./ken_simpbool.go:44:19
./ken_simpbool.go:51:22: 21 escapes to heap:
./ken_simpbool.go:51:22:   flow: {heap} = &{storage for 21}:
./ken_simpbool.go:51:22:     from 21 (spill) at ./ken_simpbool.go:51:22
./ken_simpbool.go:51:22:     from panic(21) (call parameter) at ./ken_simpbool.go:51:22
./ken_simpbool.go:52:20: 22 escapes to heap:
./ken_simpbool.go:52:20:   flow: {heap} = &{storage for 22}:
./ken_simpbool.go:52:20:     from 22 (spill) at ./ken_simpbool.go:52:20
./ken_simpbool.go:52:20:     from panic(22) (call parameter) at ./ken_simpbool.go:52:20
./ken_simpbool.go:53:20: 23 escapes to heap:
./ken_simpbool.go:53:20:   flow: {heap} = &{storage for 23}:
./ken_simpbool.go:53:20:     from 23 (spill) at ./ken_simpbool.go:53:20
./ken_simpbool.go:53:20:     from panic(23) (call parameter) at ./ken_simpbool.go:53:20
./ken_simpbool.go:54:21: 24 escapes to heap:
./ken_simpbool.go:54:21:   flow: {heap} = &{storage for 24}:
./ken_simpbool.go:54:21:     from 24 (spill) at ./ken_simpbool.go:54:21
./ken_simpbool.go:54:21:     from panic(24) (call parameter) at ./ken_simpbool.go:54:21
./ken_simpbool.go:58:23: 31 escapes to heap:
./ken_simpbool.go:58:23:   flow: {heap} = &{storage for 31}:
./ken_simpbool.go:58:23:     from 31 (spill) at ./ken_simpbool.go:58:23
./ken_simpbool.go:58:23:     from panic(31) (call parameter) at ./ken_simpbool.go:58:23
./ken_simpbool.go:59:21: 32 escapes to heap:
./ken_simpbool.go:59:21:   flow: {heap} = &{storage for 32}:
./ken_simpbool.go:59:21:     from 32 (spill) at ./ken_simpbool.go:59:21
./ken_simpbool.go:59:21:     from panic(32) (call parameter) at ./ken_simpbool.go:59:21
./ken_simpbool.go:60:19: 33 escapes to heap:
./ken_simpbool.go:60:19:   flow: {heap} = &{storage for 33}:
./ken_simpbool.go:60:19:     from 33 (spill) at ./ken_simpbool.go:60:19
./ken_simpbool.go:60:19:     from panic(33) (call parameter) at ./ken_simpbool.go:60:19
./ken_simpbool.go:61:20: 34 escapes to heap:
./ken_simpbool.go:61:20:   flow: {heap} = &{storage for 34}:
./ken_simpbool.go:61:20:     from 34 (spill) at ./ken_simpbool.go:61:20
./ken_simpbool.go:61:20:     from panic(34) (call parameter) at ./ken_simpbool.go:61:20
./ken_simpbool.go:65:23: 41 escapes to heap:
./ken_simpbool.go:65:23:   flow: {heap} = &{storage for 41}:
./ken_simpbool.go:65:23:     from 41 (spill) at ./ken_simpbool.go:65:23
./ken_simpbool.go:65:23:     from panic(41) (call parameter) at ./ken_simpbool.go:65:23
./ken_simpbool.go:66:19: 41 escapes to heap:
./ken_simpbool.go:66:19:   flow: {heap} = &{storage for 41}:
./ken_simpbool.go:66:19:     from 41 (spill) at ./ken_simpbool.go:66:19
./ken_simpbool.go:66:19:     from panic(41) (call parameter) at ./ken_simpbool.go:66:19
./ken_simpbool.go:67:21: 41 escapes to heap:
./ken_simpbool.go:67:21:   flow: {heap} = &{storage for 41}:
./ken_simpbool.go:67:21:     from 41 (spill) at ./ken_simpbool.go:67:21
./ken_simpbool.go:67:21:     from panic(41) (call parameter) at ./ken_simpbool.go:67:21
./ken_simpbool.go:68:20: 44 escapes to heap:
./ken_simpbool.go:68:20:   flow: {heap} = &{storage for 44}:
./ken_simpbool.go:68:20:     from 44 (spill) at ./ken_simpbool.go:68:20
./ken_simpbool.go:68:20:     from panic(44) (call parameter) at ./ken_simpbool.go:68:20
./ken_simpbool.go:72:24: 51 escapes to heap:
./ken_simpbool.go:72:24:   flow: {heap} = &{storage for 51}:
./ken_simpbool.go:72:24:     from 51 (spill) at ./ken_simpbool.go:72:24
./ken_simpbool.go:72:24:     from panic(51) (call parameter) at ./ken_simpbool.go:72:24
./ken_simpbool.go:73:20: 52 escapes to heap:
./ken_simpbool.go:73:20:   flow: {heap} = &{storage for 52}:
./ken_simpbool.go:73:20:     from 52 (spill) at ./ken_simpbool.go:73:20
./ken_simpbool.go:73:20:     from panic(52) (call parameter) at ./ken_simpbool.go:73:20
./ken_simpbool.go:74:20: 53 escapes to heap:
./ken_simpbool.go:74:20:   flow: {heap} = &{storage for 53}:
./ken_simpbool.go:74:20:     from 53 (spill) at ./ken_simpbool.go:74:20
./ken_simpbool.go:74:20:     from panic(53) (call parameter) at ./ken_simpbool.go:74:20
./ken_simpbool.go:75:19: 54 escapes to heap:
./ken_simpbool.go:75:19:   flow: {heap} = &{storage for 54}:
./ken_simpbool.go:75:19:     from 54 (spill) at ./ken_simpbool.go:75:19
./ken_simpbool.go:75:19:     from panic(54) (call parameter) at ./ken_simpbool.go:75:19
./ken_simpbool.go:82:22: 61 escapes to heap:
./ken_simpbool.go:82:22:   flow: {heap} = &{storage for 61}:
./ken_simpbool.go:82:22:     from 61 (spill) at ./ken_simpbool.go:82:22
./ken_simpbool.go:82:22:     from panic(61) (call parameter) at ./ken_simpbool.go:82:22
./ken_simpbool.go:83:23: 62 escapes to heap:
./ken_simpbool.go:83:23:   flow: {heap} = &{storage for 62}:
./ken_simpbool.go:83:23:     from 62 (spill) at ./ken_simpbool.go:83:23
./ken_simpbool.go:83:23:     from panic(62) (call parameter) at ./ken_simpbool.go:83:23
./ken_simpbool.go:84:23: 63 escapes to heap:
./ken_simpbool.go:84:23:   flow: {heap} = &{storage for 63}:
./ken_simpbool.go:84:23:     from 63 (spill) at ./ken_simpbool.go:84:23
./ken_simpbool.go:84:23:     from panic(63) (call parameter) at ./ken_simpbool.go:84:23
./ken_simpbool.go:85:21: 64 escapes to heap:
./ken_simpbool.go:85:21:   flow: {heap} = &{storage for 64}:
./ken_simpbool.go:85:21:     from 64 (spill) at ./ken_simpbool.go:85:21
./ken_simpbool.go:85:21:     from panic(64) (call parameter) at ./ken_simpbool.go:85:21
./ken_simpbool.go:89:23: 71 escapes to heap:
./ken_simpbool.go:89:23:   flow: {heap} = &{storage for 71}:
./ken_simpbool.go:89:23:     from 71 (spill) at ./ken_simpbool.go:89:23
./ken_simpbool.go:89:23:     from panic(71) (call parameter) at ./ken_simpbool.go:89:23
./ken_simpbool.go:90:24: 72 escapes to heap:
./ken_simpbool.go:90:24:   flow: {heap} = &{storage for 72}:
./ken_simpbool.go:90:24:     from 72 (spill) at ./ken_simpbool.go:90:24
./ken_simpbool.go:90:24:     from panic(72) (call parameter) at ./ken_simpbool.go:90:24
./ken_simpbool.go:91:22: 73 escapes to heap:
./ken_simpbool.go:91:22:   flow: {heap} = &{storage for 73}:
./ken_simpbool.go:91:22:     from 73 (spill) at ./ken_simpbool.go:91:22
./ken_simpbool.go:91:22:     from panic(73) (call parameter) at ./ken_simpbool.go:91:22
./ken_simpbool.go:92:20: 74 escapes to heap:
./ken_simpbool.go:92:20:   flow: {heap} = &{storage for 74}:
./ken_simpbool.go:92:20:     from 74 (spill) at ./ken_simpbool.go:92:20
./ken_simpbool.go:92:20:     from panic(74) (call parameter) at ./ken_simpbool.go:92:20
./ken_simpbool.go:96:23: 81 escapes to heap:
./ken_simpbool.go:96:23:   flow: {heap} = &{storage for 81}:
./ken_simpbool.go:96:23:     from 81 (spill) at ./ken_simpbool.go:96:23
./ken_simpbool.go:96:23:     from panic(81) (call parameter) at ./ken_simpbool.go:96:23
./ken_simpbool.go:97:22: 82 escapes to heap:
./ken_simpbool.go:97:22:   flow: {heap} = &{storage for 82}:
./ken_simpbool.go:97:22:     from 82 (spill) at ./ken_simpbool.go:97:22
./ken_simpbool.go:97:22:     from panic(82) (call parameter) at ./ken_simpbool.go:97:22
./ken_simpbool.go:98:24: 83 escapes to heap:
./ken_simpbool.go:98:24:   flow: {heap} = &{storage for 83}:
./ken_simpbool.go:98:24:     from 83 (spill) at ./ken_simpbool.go:98:24
./ken_simpbool.go:98:24:     from panic(83) (call parameter) at ./ken_simpbool.go:98:24
./ken_simpbool.go:99:20: 84 escapes to heap:
./ken_simpbool.go:99:20:   flow: {heap} = &{storage for 84}:
./ken_simpbool.go:99:20:     from 84 (spill) at ./ken_simpbool.go:99:20
./ken_simpbool.go:99:20:     from panic(84) (call parameter) at ./ken_simpbool.go:99:20
./ken_simpbool.go:103:24: 91 escapes to heap:
./ken_simpbool.go:103:24:   flow: {heap} = &{storage for 91}:
./ken_simpbool.go:103:24:     from 91 (spill) at ./ken_simpbool.go:103:24
./ken_simpbool.go:103:24:     from panic(91) (call parameter) at ./ken_simpbool.go:103:24
./ken_simpbool.go:104:23: 92 escapes to heap:
./ken_simpbool.go:104:23:   flow: {heap} = &{storage for 92}:
./ken_simpbool.go:104:23:     from 92 (spill) at ./ken_simpbool.go:104:23
./ken_simpbool.go:104:23:     from panic(92) (call parameter) at ./ken_simpbool.go:104:23
./ken_simpbool.go:105:23: 93 escapes to heap:
./ken_simpbool.go:105:23:   flow: {heap} = &{storage for 93}:
./ken_simpbool.go:105:23:     from 93 (spill) at ./ken_simpbool.go:105:23
./ken_simpbool.go:105:23:     from panic(93) (call parameter) at ./ken_simpbool.go:105:23
./ken_simpbool.go:106:19: 94 escapes to heap:
./ken_simpbool.go:106:19:   flow: {heap} = &{storage for 94}:
./ken_simpbool.go:106:19:     from 94 (spill) at ./ken_simpbool.go:106:19
./ken_simpbool.go:106:19:     from panic(94) (call parameter) at ./ken_simpbool.go:106:19
./ken_simpbool.go:23:15: 1 escapes to heap
./ken_simpbool.go:24:14: 2 escapes to heap
./ken_simpbool.go:25:17: 3 escapes to heap
./ken_simpbool.go:26:16: 4 escapes to heap
./ken_simpbool.go:29:15: 5 escapes to heap
./ken_simpbool.go:30:17: 6 escapes to heap
./ken_simpbool.go:33:9: new(s) does not escape
./ken_simpbool.go:37:17: 7 escapes to heap
./ken_simpbool.go:38:16: 8 escapes to heap
./ken_simpbool.go:39:19: 9 escapes to heap
./ken_simpbool.go:40:18: 10 escapes to heap
./ken_simpbool.go:43:17: 11 escapes to heap
./ken_simpbool.go:44:19: 12 escapes to heap
./ken_simpbool.go:51:22: 21 escapes to heap
./ken_simpbool.go:52:20: 22 escapes to heap
./ken_simpbool.go:53:20: 23 escapes to heap
./ken_simpbool.go:54:21: 24 escapes to heap
./ken_simpbool.go:58:23: 31 escapes to heap
./ken_simpbool.go:59:21: 32 escapes to heap
./ken_simpbool.go:60:19: 33 escapes to heap
./ken_simpbool.go:61:20: 34 escapes to heap
./ken_simpbool.go:65:23: 41 escapes to heap
./ken_simpbool.go:66:19: 41 escapes to heap
./ken_simpbool.go:67:21: 41 escapes to heap
./ken_simpbool.go:68:20: 44 escapes to heap
./ken_simpbool.go:72:24: 51 escapes to heap
./ken_simpbool.go:73:20: 52 escapes to heap
./ken_simpbool.go:74:20: 53 escapes to heap
./ken_simpbool.go:75:19: 54 escapes to heap
./ken_simpbool.go:82:22: 61 escapes to heap
./ken_simpbool.go:83:23: 62 escapes to heap
./ken_simpbool.go:84:23: 63 escapes to heap
./ken_simpbool.go:85:21: 64 escapes to heap
./ken_simpbool.go:89:23: 71 escapes to heap
./ken_simpbool.go:90:24: 72 escapes to heap
./ken_simpbool.go:91:22: 73 escapes to heap
./ken_simpbool.go:92:20: 74 escapes to heap
./ken_simpbool.go:96:23: 81 escapes to heap
./ken_simpbool.go:97:22: 82 escapes to heap
./ken_simpbool.go:98:24: 83 escapes to heap
./ken_simpbool.go:99:20: 84 escapes to heap
./ken_simpbool.go:103:24: 91 escapes to heap
./ken_simpbool.go:104:23: 92 escapes to heap
./ken_simpbool.go:105:23: 93 escapes to heap
./ken_simpbool.go:106:19: 94 escapes to heap
