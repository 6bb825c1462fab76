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
