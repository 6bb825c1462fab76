./ken_rob2.go:37:7: parameter this leaks to ~r0 with derefs=1:
./ken_rob2.go:37:7:   flow: ~r0 = *this:
./ken_rob2.go:37:7:     from this.list (dot of pointer) at ./ken_rob2.go:38:13
./ken_rob2.go:37:7:     from this.list.car (dot) at ./ken_rob2.go:38:18
./ken_rob2.go:37:7:     from return this.list.car (return) at ./ken_rob2.go:38:2
./ken_rob2.go:37:7: leaking param: this to result ~r0 level=1
./ken_rob2.go:41:7: parameter this leaks to ~r0 with derefs=1:
./ken_rob2.go:41:7:   flow: ~r0 = *this:
./ken_rob2.go:41:7:     from this.list (dot of pointer) at ./ken_rob2.go:42:13
./ken_rob2.go:41:7:     from this.list.cdr (dot) at ./ken_rob2.go:42:18
./ken_rob2.go:41:7:     from return this.list.cdr (return) at ./ken_rob2.go:42:2
./ken_rob2.go:41:7: leaking param: this to result ~r0 level=1
./ken_rob2.go:45:7: parameter this leaks to ~r0 with derefs=1:
./ken_rob2.go:45:7:   flow: ~r0 = *this:
./ken_rob2.go:45:7:     from this.atom (dot of pointer) at ./ken_rob2.go:46:13
./ken_rob2.go:45:7:     from this.atom.str (dot) at ./ken_rob2.go:46:18
./ken_rob2.go:45:7:     from return this.atom.str (return) at ./ken_rob2.go:46:2
./ken_rob2.go:45:7: leaking param: this to result ~r0 level=1
./ken_rob2.go:49:7: this does not escape
./ken_rob2.go:53:7: slist does not escape
./ken_rob2.go:180:9: "atom too long\n" escapes to heap:
./ken_rob2.go:180:9:   flow: {heap} = &{storage for "atom too long\n"}:
./ken_rob2.go:180:9:     from "atom too long\n" (spill) at ./ken_rob2.go:180:9
./ken_rob2.go:180:9:     from panic("atom too long\n") (call parameter) at ./ken_rob2.go:180:9
./ken_rob2.go:180:9: "atom too long\n" escapes to heap
./ken_rob2.go:195:8: "parse" escapes to heap:
./ken_rob2.go:195:8:   flow: {heap} = &{storage for "parse"}:
./ken_rob2.go:195:8:     from "parse" (spill) at ./ken_rob2.go:195:8
./ken_rob2.go:195:8:     from panic("parse") (call parameter) at ./ken_rob2.go:195:8
./ken_rob2.go:195:8: "parse" escapes to heap
./ken_rob2.go:230:26: string(tokenbuf[0:tokenlen]) escapes to heap:
./ken_rob2.go:230:26:   flow: {heap} = &{storage for string(tokenbuf[0:tokenlen])}:
./ken_rob2.go:230:26:     from string(tokenbuf[0:tokenlen]) (spill) at ./ken_rob2.go:230:26
./ken_rob2.go:230:26:     from slist.atom.str = string(tokenbuf[0:tokenlen]) (assign) at ./ken_rob2.go:230:18
./ken_rob2.go:225:13: new(Slist) escapes to heap:
./ken_rob2.go:225:13:   flow: slist = &{storage for new(Slist)}:
./ken_rob2.go:225:13:     from new(Slist) (spill) at ./ken_rob2.go:225:13
./ken_rob2.go:225:13:     from slist = new(Slist) (assign) at ./ken_rob2.go:225:8
./ken_rob2.go:225:13:   flow: ~r0 = slist:
./ken_rob2.go:225:13:     from return slist (return) at ./ken_rob2.go:234:2
./ken_rob2.go:225:13: new(Slist) escapes to heap
./ken_rob2.go:230:26: string(tokenbuf[0:tokenlen]) escapes to heap
./ken_rob2.go:216:23: new(Slist) escapes to heap:
./ken_rob2.go:216:23:   flow: {heap} = &{storage for new(Slist)}:
./ken_rob2.go:216:23:     from new(Slist) (spill) at ./ken_rob2.go:216:23
./ken_rob2.go:216:23:     from slist.list.cdr = new(Slist) (assign) at ./ken_rob2.go:216:18
./ken_rob2.go:204:13: new(Slist) escapes to heap:
./ken_rob2.go:204:13:   flow: slist = &{storage for new(Slist)}:
./ken_rob2.go:204:13:     from new(Slist) (spill) at ./ken_rob2.go:204:13
./ken_rob2.go:204:13:     from slist = new(Slist) (assign) at ./ken_rob2.go:204:8
./ken_rob2.go:204:13:   flow: retval = slist:
./ken_rob2.go:204:13:     from retval = slist (assign) at ./ken_rob2.go:210:9
./ken_rob2.go:204:13:   flow: ~r0 = retval:
./ken_rob2.go:204:13:     from return retval (return) at ./ken_rob2.go:219:2
./ken_rob2.go:204:13:   flow: slist = ~r0:
./ken_rob2.go:204:13:     from slist = ParseList() (assign) at ./ken_rob2.go:253:9
./ken_rob2.go:204:13:   flow: ~r0 = slist:
./ken_rob2.go:204:13:     from return slist (return) at ./ken_rob2.go:255:3
./ken_rob2.go:204:13:   flow: {heap} = ~r0:
./ken_rob2.go:204:13:     from slist.list.car = Parse() (assign) at ./ken_rob2.go:212:18
./ken_rob2.go:204:13: new(Slist) escapes to heap
./ken_rob2.go:216:23: new(Slist) escapes to heap
./ken_rob2.go:106:39: (*Slist).Integer(slist) escapes to heap:
./ken_rob2.go:106:39:   flow: {storage for ... argument} = &{storage for (*Slist).Integer(slist)}:
./ken_rob2.go:106:39:     from (*Slist).Integer(slist) (spill) at ./ken_rob2.go:106:39
./ken_rob2.go:106:39:     from ... argument (slice-literal-element) at ./ken_rob2.go:106:19
./ken_rob2.go:106:39:   flow: {heap} = {storage for ... argument}:
./ken_rob2.go:106:39:     from ... argument (spill) at ./ken_rob2.go:106:19
./ken_rob2.go:106:39:     from fmt.Sprintf("%v", ... argument...) (call parameter) at ./ken_rob2.go:106:19
./ken_rob2.go:97:7: parameter slist leaks to ~r0 with derefs=1:
./ken_rob2.go:97:7:   flow: r = *slist:
./ken_rob2.go:97:7:     from (*Slist).String(slist) (call parameter) at ./ken_rob2.go:104:20
./ken_rob2.go:97:7:     from r = (*Slist).String(slist) (assign) at ./ken_rob2.go:104:6
./ken_rob2.go:97:7:   flow: ~r0 = r:
./ken_rob2.go:97:7:     from return r (return) at ./ken_rob2.go:121:2
./ken_rob2.go:97:7: leaking param: slist to result ~r0 level=1
./ken_rob2.go:106:19: ... argument does not escape
./ken_rob2.go:106:39: (*Slist).Integer(slist) escapes to heap
./ken_rob2.go:124:7: parameter slist leaks to ~r0 with derefs=1:
./ken_rob2.go:124:7:   flow: ~r0 = *slist:
./ken_rob2.go:124:7:     from (*Slist).PrintOne(slist, true) (call parameter) at ./ken_rob2.go:125:23
./ken_rob2.go:124:7:     from return (*Slist).PrintOne(slist, true) (return) at ./ken_rob2.go:125:2
./ken_rob2.go:124:7: leaking param: slist to result ~r0 level=1
./ken_rob2.go:91:10: r escapes to heap:
./ken_rob2.go:91:10:   flow: {heap} = &{storage for r}:
./ken_rob2.go:91:10:     from r (spill) at ./ken_rob2.go:91:10
./ken_rob2.go:91:10:     from panic(r) (call parameter) at ./ken_rob2.go:91:9
./ken_rob2.go:91:10: r escapes to heap
