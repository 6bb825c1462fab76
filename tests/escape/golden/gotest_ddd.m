./gotest_ddd.go:11:10: args does not escape
./gotest_ddd.go:19:11: args does not escape
./gotest_ddd.go:19:37: func literal does not escape
./gotest_ddd.go:21:17: args does not escape
./gotest_ddd.go:23:50: args does not escape
./gotest_ddd.go:23:45: func literal escapes to heap
./gotest_ddd.go:25:17: leaking param: args
./gotest_ddd.go:25:50: func literal escapes to heap
./gotest_ddd.go:27:11: args does not escape
./gotest_ddd.go:35:11: args does not escape
./gotest_ddd.go:37:11: args does not escape
./gotest_ddd.go:39:11: args does not escape
./gotest_ddd.go:41:11: args does not escape
./gotest_ddd.go:43:15: args does not escape
./gotest_ddd.go:53:9: args does not escape
./gotest_ddd.go:55:10: args does not escape
./gotest_ddd.go:57:15: args does not escape
./gotest_ddd.go:193:6: moved to heap: u
./gotest_ddd.go:68:13: ... argument does not escape
./gotest_ddd.go:70:8: "fail" escapes to heap
./gotest_ddd.go:74:8: "fail" escapes to heap
./gotest_ddd.go:76:13: ... argument does not escape
./gotest_ddd.go:78:8: "fail" escapes to heap
./gotest_ddd.go:80:13: ... argument does not escape
./gotest_ddd.go:82:8: "fail" escapes to heap
./gotest_ddd.go:84:14: ... argument does not escape
./gotest_ddd.go:86:8: "fail" escapes to heap
./gotest_ddd.go:88:14: ... argument escapes to heap
./gotest_ddd.go:90:8: "fail" escapes to heap
./gotest_ddd.go:92:14: ... argument escapes to heap
./gotest_ddd.go:94:8: "fail" escapes to heap
./gotest_ddd.go:96:14: ... argument escapes to heap
./gotest_ddd.go:98:8: "fail" escapes to heap
./gotest_ddd.go:100:14: ... argument does not escape
./gotest_ddd.go:102:8: "fail" escapes to heap
./gotest_ddd.go:106:8: "fail" escapes to heap
./gotest_ddd.go:108:14: ... argument does not escape
./gotest_ddd.go:110:8: "fail" escapes to heap
./gotest_ddd.go:112:14: ... argument does not escape
./gotest_ddd.go:114:8: "fail" escapes to heap
./gotest_ddd.go:116:14: ... argument does not escape
./gotest_ddd.go:118:8: "fail" escapes to heap
./gotest_ddd.go:122:8: "fail" escapes to heap
./gotest_ddd.go:124:14: ... argument does not escape
./gotest_ddd.go:126:8: "fail" escapes to heap
./gotest_ddd.go:128:14: ... argument does not escape
./gotest_ddd.go:130:8: "fail" escapes to heap
./gotest_ddd.go:132:14: ... argument does not escape
./gotest_ddd.go:134:8: "fail" escapes to heap
./gotest_ddd.go:138:8: "fail" escapes to heap
./gotest_ddd.go:140:14: ... argument does not escape
./gotest_ddd.go:142:8: "fail" escapes to heap
./gotest_ddd.go:144:14: ... argument does not escape
./gotest_ddd.go:146:8: "fail" escapes to heap
./gotest_ddd.go:148:18: ... argument does not escape
./gotest_ddd.go:148:19: 1 does not escape
./gotest_ddd.go:148:22: 2 does not escape
./gotest_ddd.go:148:25: 3 does not escape
./gotest_ddd.go:150:8: "fail" escapes to heap
./gotest_ddd.go:154:8: "fail" escapes to heap
./gotest_ddd.go:156:18: ... argument does not escape
./gotest_ddd.go:156:19: 10 does not escape
./gotest_ddd.go:158:8: "fail" escapes to heap
./gotest_ddd.go:160:18: ... argument does not escape
./gotest_ddd.go:160:19: 1 does not escape
./gotest_ddd.go:160:22: 8 does not escape
./gotest_ddd.go:162:8: "fail" escapes to heap
./gotest_ddd.go:165:12: ... argument does not escape
./gotest_ddd.go:167:8: "fail" escapes to heap
./gotest_ddd.go:169:12: ... argument does not escape
./gotest_ddd.go:169:16: []T{} does not escape
./gotest_ddd.go:171:8: "fail" escapes to heap
./gotest_ddd.go:173:13: ... argument does not escape
./gotest_ddd.go:175:8: "fail" escapes to heap
./gotest_ddd.go:177:13: ... argument does not escape
./gotest_ddd.go:177:17: []T{} does not escape
./gotest_ddd.go:179:8: "fail" escapes to heap
./gotest_ddd.go:181:25: ... argument does not escape
./gotest_ddd.go:183:8: "fail" escapes to heap
./gotest_ddd.go:185:18: ... argument does not escape
./gotest_ddd.go:187:8: "fail" escapes to heap
./gotest_ddd.go:189:11: &U{} does not escape
./gotest_ddd.go:189:20: ... argument does not escape
./gotest_ddd.go:191:8: "fail" escapes to heap
./gotest_ddd.go:194:15: ... argument does not escape
./gotest_ddd.go:196:8: "fail" escapes to heap
./gotest_ddd.go:198:18: ... argument does not escape
./gotest_ddd.go:200:8: "fail" escapes to heap
./gotest_ddd.go:205:15: ... argument escapes to heap
./gotest_ddd.go:207:8: "fail" escapes to heap
./gotest_ddd.go:210:15: ... argument escapes to heap
./gotest_ddd.go:212:8: "fail" escapes to heap
./gotest_ddd.go:218:15: ... argument escapes to heap
./gotest_ddd.go:220:8: "fail" escapes to heap
./gotest_ddd.go:222:19: &U{} does not escape
./gotest_ddd.go:222:18: ... argument does not escape
./gotest_ddd.go:224:8: "fail" escapes to heap
./gotest_ddd.go:226:15: ... argument does not escape
./gotest_ddd.go:228:8: "fail" escapes to heap
./gotest_ddd.go:23:12: func literal does not escape
