./ken_string.go:36:8: "compare variables" escapes to heap:
./ken_string.go:36:8:   flow: {heap} = &{storage for "compare variables"}:
./ken_string.go:36:8:     from "compare variables" (spill) at ./ken_string.go:36:8
./ken_string.go:36:8:     from panic("compare variables") (call parameter) at ./ken_string.go:36:8
./ken_string.go:56:8: "fail" escapes to heap:
./ken_string.go:56:8:   flow: {heap} = &{storage for "fail"}:
./ken_string.go:56:8:     from "fail" (spill) at ./ken_string.go:56:8
./ken_string.go:56:8:     from panic("fail") (call parameter) at ./ken_string.go:56:8
./ken_string.go:63:9: "fail" escapes to heap:
./ken_string.go:63:9:   flow: {heap} = &{storage for "fail"}:
./ken_string.go:63:9:     from "fail" (spill) at ./ken_string.go:63:9
./ken_string.go:63:9:     from panic("fail") (call parameter) at ./ken_string.go:63:9
./ken_string.go:75:25: "create int " + c escapes to heap:
./ken_string.go:75:25:   flow: {heap} = &{storage for "create int " + c}:
./ken_string.go:75:25:     from "create int " + c (spill) at ./ken_string.go:75:25
./ken_string.go:75:25:     from panic("create int " + c) (call parameter) at ./ken_string.go:75:8
./ken_string.go:75:23: "create int " + c escapes to heap:
./ken_string.go:75:23:   flow: {storage for "create int " + c} = &{storage for "create int " + c}:
./ken_string.go:75:23:     from "create int " + c (spill) at ./ken_string.go:75:23
./ken_string.go:75:23:     from "create int " + c (interface-converted) at ./ken_string.go:75:25
./ken_string.go:82:25: "create int " + c escapes to heap:
./ken_string.go:82:25:   flow: {heap} = &{storage for "create int " + c}:
./ken_string.go:82:25:     from "create int " + c (spill) at ./ken_string.go:82:25
./ken_string.go:82:25:     from panic("create int " + c) (call parameter) at ./ken_string.go:82:8
./ken_string.go:82:23: "create int " + c escapes to heap:
./ken_string.go:82:23:   flow: {storage for "create int " + c} = &{storage for "create int " + c}:
./ken_string.go:82:23:     from "create int " + c (spill) at ./ken_string.go:82:23
./ken_string.go:82:23:     from "create int " + c (interface-converted) at ./ken_string.go:82:25
./ken_string.go:92:32: "create byte array " + c escapes to heap:
./ken_string.go:92:32:   flow: {heap} = &{storage for "create byte array " + c}:
./ken_string.go:92:32:     from "create byte array " + c (spill) at ./ken_string.go:92:32
./ken_string.go:92:32:     from panic("create byte array " + c) (call parameter) at ./ken_string.go:92:8
./ken_string.go:92:30: "create byte array " + c escapes to heap:
./ken_string.go:92:30:   flow: {storage for "create byte array " + c} = &{storage for "create byte array " + c}:
./ken_string.go:92:30:     from "create byte array " + c (spill) at ./ken_string.go:92:30
./ken_string.go:92:30:     from "create byte array " + c (interface-converted) at ./ken_string.go:92:32
./ken_string.go:102:31: "create int array " + c escapes to heap:
./ken_string.go:102:31:   flow: {heap} = &{storage for "create int array " + c}:
./ken_string.go:102:31:     from "create int array " + c (spill) at ./ken_string.go:102:31
./ken_string.go:102:31:     from panic("create int array " + c) (call parameter) at ./ken_string.go:102:8
./ken_string.go:102:29: "create int array " + c escapes to heap:
./ken_string.go:102:29:   flow: {storage for "create int array " + c} = &{storage for "create int array " + c}:
./ken_string.go:102:29:     from "create int array " + c (spill) at ./ken_string.go:102:29
./ken_string.go:102:29:     from "create int array " + c (interface-converted) at ./ken_string.go:102:31
./ken_string.go:112:35: "create array pointer " + c escapes to heap:
./ken_string.go:112:35:   flow: {heap} = &{storage for "create array pointer " + c}:
./ken_string.go:112:35:     from "create array pointer " + c (spill) at ./ken_string.go:112:35
./ken_string.go:112:35:     from panic("create array pointer " + c) (call parameter) at ./ken_string.go:112:8
./ken_string.go:112:33: "create array pointer " + c escapes to heap:
./ken_string.go:112:33:   flow: {storage for "create array pointer " + c} = &{storage for "create array pointer " + c}:
./ken_string.go:112:33:     from "create array pointer " + c (spill) at ./ken_string.go:112:33
./ken_string.go:112:33:     from "create array pointer " + c (interface-converted) at ./ken_string.go:112:35
./ken_string.go:27:9: a + b does not escape
./ken_string.go:36:8: "compare variables" escapes to heap
./ken_string.go:40:8: a + b does not escape
./ken_string.go:50:8: a + c does not escape
./ken_string.go:56:8: "fail" escapes to heap
./ken_string.go:61:17: a + b does not escape
./ken_string.go:62:42: a + b does not escape
./ken_string.go:63:9: "fail" escapes to heap
./ken_string.go:75:25: "create int " + c escapes to heap
./ken_string.go:75:23: "create int " + c escapes to heap
./ken_string.go:80:12: string(v) does not escape
./ken_string.go:82:25: "create int " + c escapes to heap
./ken_string.go:82:23: "create int " + c escapes to heap
./ken_string.go:90:12: string(z1[0:]) does not escape
./ken_string.go:92:32: "create byte array " + c escapes to heap
./ken_string.go:92:30: "create byte array " + c escapes to heap
./ken_string.go:100:12: string(z2[0:]) does not escape
./ken_string.go:102:31: "create int array " + c escapes to heap
./ken_string.go:102:29: "create int array " + c escapes to heap
./ken_string.go:106:11: new([3]byte) does not escape
./ken_string.go:110:12: string(z3[0:]) does not escape
./ken_string.go:112:35: "create array pointer " + c escapes to heap
./ken_string.go:112:33: "create array pointer " + c escapes to heap
