./gotest_method5.go:23:7: p does not escape
./gotest_method5.go:31:7: p does not escape
./gotest_method5.go:39:7: p does not escape
./gotest_method5.go:49:7: p does not escape
./gotest_method5.go:57:7: p does not escape
./gotest_method5.go:65:7: p does not escape
./gotest_method5.go:102:13: name does not escape
./gotest_method5.go:102:26: f does not escape
./gotest_method5.go:92:13: name does not escape
./gotest_method5.go:92:26: leaking param: i
./gotest_method5.go:99:19: "(i=" + name + ")" does not escape
./gotest_method5.go:99:26: i.M does not escape
./gotest_method5.go:120:13: name does not escape
./gotest_method5.go:120:26: f does not escape
./gotest_method5.go:110:13: name does not escape
./gotest_method5.go:110:26: leaking param: i
./gotest_method5.go:117:19: "(i=" + name + ")" does not escape
./gotest_method5.go:117:26: i.m does not escape
./gotest_method5.go:128:18: f does not escape
./gotest_method5.go:129:8: func literal does not escape
./gotest_method5.go:131:9: "not panicking" escapes to heap
./gotest_method5.go:137:21: f does not escape
./gotest_method5.go:142:2: moved to heap: sv
./gotest_method5.go:151:2: moved to heap: sp
./gotest_method5.go:160:2: moved to heap: wv
./gotest_method5.go:169:2: moved to heap: wp
./gotest_method5.go:178:2: moved to heap: bv
./gotest_method5.go:187:2: moved to heap: bp
./gotest_method5.go:196:2: moved to heap: _sv
./gotest_method5.go:205:2: moved to heap: _sp
./gotest_method5.go:214:2: moved to heap: _wv
./gotest_method5.go:223:2: moved to heap: _wp
./gotest_method5.go:232:2: moved to heap: _bv
./gotest_method5.go:241:2: moved to heap: _bp
./gotest_method5.go:250:2: moved to heap: t4
./gotest_method5.go:251:2: moved to heap: t3
./gotest_method5.go:252:2: moved to heap: t2
./gotest_method5.go:253:2: moved to heap: t1
./gotest_method5.go:143:9: sv escapes to heap
./gotest_method5.go:144:19: sv.M does not escape
./gotest_method5.go:145:25: (&sv).M does not escape
./gotest_method5.go:148:21: psv.M does not escape
./gotest_method5.go:149:27: (*psv).M does not escape
./gotest_method5.go:153:19: sp.M does not escape
./gotest_method5.go:154:25: (&sp).M does not escape
./gotest_method5.go:157:21: psp.M does not escape
./gotest_method5.go:158:27: (*psp).M does not escape
./gotest_method5.go:161:9: wv escapes to heap
./gotest_method5.go:162:19: wv.M does not escape
./gotest_method5.go:163:25: (&wv).M does not escape
./gotest_method5.go:166:21: pwv.M does not escape
./gotest_method5.go:167:27: (*pwv).M does not escape
./gotest_method5.go:171:19: wp.M does not escape
./gotest_method5.go:172:25: (&wp).M does not escape
./gotest_method5.go:175:21: pwp.M does not escape
./gotest_method5.go:176:27: (*pwp).M does not escape
./gotest_method5.go:180:9: bv escapes to heap
./gotest_method5.go:181:19: bv.M does not escape
./gotest_method5.go:182:25: (&bv).M does not escape
./gotest_method5.go:184:21: pbv.M does not escape
./gotest_method5.go:185:27: (*pbv).M does not escape
./gotest_method5.go:189:19: bp.M does not escape
./gotest_method5.go:190:25: (&bp).M does not escape
./gotest_method5.go:193:21: pbp.M does not escape
./gotest_method5.go:194:27: (*pbp).M does not escape
./gotest_method5.go:197:9: _sv escapes to heap
./gotest_method5.go:198:21: _sv.m does not escape
./gotest_method5.go:199:27: (&_sv).m does not escape
./gotest_method5.go:202:23: _psv.m does not escape
./gotest_method5.go:203:29: (*_psv).m does not escape
./gotest_method5.go:207:21: _sp.m does not escape
./gotest_method5.go:208:27: (&_sp).m does not escape
./gotest_method5.go:211:23: _psp.m does not escape
./gotest_method5.go:212:29: (*_psp).m does not escape
./gotest_method5.go:215:9: _wv escapes to heap
./gotest_method5.go:216:21: _wv.m does not escape
./gotest_method5.go:217:27: (&_wv).m does not escape
./gotest_method5.go:220:23: _pwv.m does not escape
./gotest_method5.go:221:29: (*_pwv).m does not escape
./gotest_method5.go:225:21: _wp.m does not escape
./gotest_method5.go:226:27: (&_wp).m does not escape
./gotest_method5.go:229:23: _pwp.m does not escape
./gotest_method5.go:230:29: (*_pwp).m does not escape
./gotest_method5.go:234:9: _bv escapes to heap
./gotest_method5.go:235:21: _bv.m does not escape
./gotest_method5.go:236:27: (&_bv).m does not escape
./gotest_method5.go:238:23: _pbv.m does not escape
./gotest_method5.go:239:29: (*_pbv).m does not escape
./gotest_method5.go:243:21: _bp.m does not escape
./gotest_method5.go:244:27: (&_bp).m does not escape
./gotest_method5.go:247:23: _pbp.m does not escape
./gotest_method5.go:248:29: (*_pbp).m does not escape
./gotest_method5.go:254:9: t4 escapes to heap
./gotest_method5.go:268:14: func literal does not escape
./gotest_method5.go:268:41: psv.M escapes to heap
./gotest_method5.go:269:14: func literal does not escape
./gotest_method5.go:269:41: pwv.M escapes to heap
./gotest_method5.go:270:14: func literal does not escape
./gotest_method5.go:270:41: pbv.M escapes to heap
./gotest_method5.go:271:14: func literal does not escape
./gotest_method5.go:271:42: i.M escapes to heap
./gotest_method5.go:272:14: func literal does not escape
./gotest_method5.go:272:43: _psv.m escapes to heap
./gotest_method5.go:273:14: func literal does not escape
./gotest_method5.go:273:43: _pwv.m escapes to heap
./gotest_method5.go:274:14: func literal does not escape
./gotest_method5.go:274:43: _pbv.m escapes to heap
./gotest_method5.go:275:14: func literal does not escape
./gotest_method5.go:275:44: _i.m escapes to heap
./gotest_method5.go:276:14: func literal does not escape
./gotest_method5.go:276:40: t1.T2.T3.T4.M escapes to heap
./gotest_method5.go:277:14: func literal does not escape
./gotest_method5.go:277:40: t2.T3.T4.M escapes to heap
./gotest_method5.go:278:14: func literal does not escape
./gotest_method5.go:278:41: t3.T4.M escapes to heap
./gotest_method5.go:279:14: func literal does not escape
./gotest_method5.go:279:40: t3.T4.M escapes to heap
./gotest_method5.go:282:8: "something set f" escapes to heap
./gotest_method5.go:287:17: func literal does not escape
./gotest_method5.go:287:44: psp.M escapes to heap
./gotest_method5.go:288:17: func literal does not escape
./gotest_method5.go:288:44: pwp.M escapes to heap
./gotest_method5.go:289:17: func literal does not escape
./gotest_method5.go:289:44: pbp.M escapes to heap
./gotest_method5.go:290:17: func literal does not escape
./gotest_method5.go:290:46: _psp.m escapes to heap
./gotest_method5.go:291:17: func literal does not escape
./gotest_method5.go:291:46: _pwp.m escapes to heap
./gotest_method5.go:292:17: func literal does not escape
./gotest_method5.go:292:46: _pbp.m escapes to heap
./gotest_method5.go:293:17: func literal does not escape
./gotest_method5.go:293:43: t4.M escapes to heap
./gotest_method5.go:295:8: "nothing set f" escapes to heap
