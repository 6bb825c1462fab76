./ken_interbasic.go:21:8: "1" escapes to heap:
./ken_interbasic.go:21:8:   flow: {heap} = &{storage for "1"}:
./ken_interbasic.go:21:8:     from "1" (spill) at ./ken_interbasic.go:21:8
./ken_interbasic.go:21:8:     from panic("1") (call parameter) at ./ken_interbasic.go:21:8
./ken_interbasic.go:28:8: "2" escapes to heap:
./ken_interbasic.go:28:8:   flow: {heap} = &{storage for "2"}:
./ken_interbasic.go:28:8:     from "2" (spill) at ./ken_interbasic.go:28:8
./ken_interbasic.go:28:8:     from panic("2") (call parameter) at ./ken_interbasic.go:28:8
./ken_interbasic.go:31:8: "3" escapes to heap:
./ken_interbasic.go:31:8:   flow: {heap} = &{storage for "3"}:
./ken_interbasic.go:31:8:     from "3" (spill) at ./ken_interbasic.go:31:8
./ken_interbasic.go:31:8:     from panic("3") (call parameter) at ./ken_interbasic.go:31:8
./ken_interbasic.go:37:8: "4" escapes to heap:
./ken_interbasic.go:37:8:   flow: {heap} = &{storage for "4"}:
./ken_interbasic.go:37:8:     from "4" (spill) at ./ken_interbasic.go:37:8
./ken_interbasic.go:37:8:     from panic("4") (call parameter) at ./ken_interbasic.go:37:8
./ken_interbasic.go:42:8: "5" escapes to heap:
./ken_interbasic.go:42:8:   flow: {heap} = &{storage for "5"}:
./ken_interbasic.go:42:8:     from "5" (spill) at ./ken_interbasic.go:42:8
./ken_interbasic.go:42:8:     from panic("5") (call parameter) at ./ken_interbasic.go:42:8
./ken_interbasic.go:47:8: "6" escapes to heap:
./ken_interbasic.go:47:8:   flow: {heap} = &{storage for "6"}:
./ken_interbasic.go:47:8:     from "6" (spill) at ./ken_interbasic.go:47:8
./ken_interbasic.go:47:8:     from panic("6") (call parameter) at ./ken_interbasic.go:47:8
./ken_interbasic.go:51:8: "7" escapes to heap:
./ken_interbasic.go:51:8:   flow: {heap} = &{storage for "7"}:
./ken_interbasic.go:51:8:     from "7" (spill) at ./ken_interbasic.go:51:8
./ken_interbasic.go:51:8:     from panic("7") (call parameter) at ./ken_interbasic.go:51:8
./ken_interbasic.go:58:8: "8" escapes to heap:
./ken_interbasic.go:58:8:   flow: {heap} = &{storage for "8"}:
./ken_interbasic.go:58:8:     from "8" (spill) at ./ken_interbasic.go:58:8
./ken_interbasic.go:58:8:     from panic("8") (call parameter) at ./ken_interbasic.go:58:8
./ken_interbasic.go:64:8: "9" escapes to heap:
./ken_interbasic.go:64:8:   flow: {heap} = &{storage for "9"}:
./ken_interbasic.go:64:8:     from "9" (spill) at ./ken_interbasic.go:64:8
./ken_interbasic.go:64:8:     from panic("9") (call parameter) at ./ken_interbasic.go:64:8
./ken_interbasic.go:70:8: "a" escapes to heap:
./ken_interbasic.go:70:8:   flow: {heap} = &{storage for "a"}:
./ken_interbasic.go:70:8:     from "a" (spill) at ./ken_interbasic.go:70:8
./ken_interbasic.go:70:8:     from panic("a") (call parameter) at ./ken_interbasic.go:70:8
./ken_interbasic.go:21:8: "1" escapes to heap
./ken_interbasic.go:25:2: i does not escape
./ken_interbasic.go:26:2: i does not escape
./ken_interbasic.go:28:8: "2" escapes to heap
./ken_interbasic.go:31:8: "3" escapes to heap
./ken_interbasic.go:35:2: i does not escape
./ken_interbasic.go:37:8: "4" escapes to heap
./ken_interbasic.go:42:8: "5" escapes to heap
./ken_interbasic.go:47:8: "6" escapes to heap
./ken_interbasic.go:51:8: "7" escapes to heap
./ken_interbasic.go:55:2: s does not escape
./ken_interbasic.go:58:8: "8" escapes to heap
./ken_interbasic.go:62:2: s does not escape
./ken_interbasic.go:64:8: "9" escapes to heap
./ken_interbasic.go:68:2: s does not escape
./ken_interbasic.go:70:8: "a" escapes to heap
./ken_interbasic.go:119:8: "fail" escapes to heap:
./ken_interbasic.go:119:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:119:8:     from "fail" (spill) at ./ken_interbasic.go:119:8
./ken_interbasic.go:119:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:119:8
./ken_interbasic.go:124:8: "fail" escapes to heap:
./ken_interbasic.go:124:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:124:8:     from "fail" (spill) at ./ken_interbasic.go:124:8
./ken_interbasic.go:124:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:124:8
./ken_interbasic.go:129:8: "fail" escapes to heap:
./ken_interbasic.go:129:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:129:8:     from "fail" (spill) at ./ken_interbasic.go:129:8
./ken_interbasic.go:129:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:129:8
./ken_interbasic.go:135:8: "fail" escapes to heap:
./ken_interbasic.go:135:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:135:8:     from "fail" (spill) at ./ken_interbasic.go:135:8
./ken_interbasic.go:135:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:135:8
./ken_interbasic.go:140:8: "fail" escapes to heap:
./ken_interbasic.go:140:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:140:8:     from "fail" (spill) at ./ken_interbasic.go:140:8
./ken_interbasic.go:140:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:140:8
./ken_interbasic.go:146:8: "fail" escapes to heap:
./ken_interbasic.go:146:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:146:8:     from "fail" (spill) at ./ken_interbasic.go:146:8
./ken_interbasic.go:146:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:146:8
./ken_interbasic.go:151:8: "fail" escapes to heap:
./ken_interbasic.go:151:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:151:8:     from "fail" (spill) at ./ken_interbasic.go:151:8
./ken_interbasic.go:151:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:151:8
./ken_interbasic.go:156:8: "fail" escapes to heap:
./ken_interbasic.go:156:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:156:8:     from "fail" (spill) at ./ken_interbasic.go:156:8
./ken_interbasic.go:156:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:156:8
./ken_interbasic.go:161:8: "fail" escapes to heap:
./ken_interbasic.go:161:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:161:8:     from "fail" (spill) at ./ken_interbasic.go:161:8
./ken_interbasic.go:161:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:161:8
./ken_interbasic.go:167:8: "fail" escapes to heap:
./ken_interbasic.go:167:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:167:8:     from "fail" (spill) at ./ken_interbasic.go:167:8
./ken_interbasic.go:167:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:167:8
./ken_interbasic.go:172:8: "fail" escapes to heap:
./ken_interbasic.go:172:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:172:8:     from "fail" (spill) at ./ken_interbasic.go:172:8
./ken_interbasic.go:172:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:172:8
./ken_interbasic.go:177:8: "fail" escapes to heap:
./ken_interbasic.go:177:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:177:8:     from "fail" (spill) at ./ken_interbasic.go:177:8
./ken_interbasic.go:177:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:177:8
./ken_interbasic.go:182:8: "fail" escapes to heap:
./ken_interbasic.go:182:8:   flow: {heap} = &{storage for "fail"}:
./ken_interbasic.go:182:8:     from "fail" (spill) at ./ken_interbasic.go:182:8
./ken_interbasic.go:182:8:     from panic("fail") (call parameter) at ./ken_interbasic.go:182:8
./ken_interbasic.go:89:2: "xxx" does not escape
./ken_interbasic.go:90:2: 12345 does not escape
./ken_interbasic.go:91:2: true does not escape
./ken_interbasic.go:94:2: s does not escape
./ken_interbasic.go:96:2: b does not escape
./ken_interbasic.go:99:2: i8 does not escape
./ken_interbasic.go:101:2: i16 does not escape
./ken_interbasic.go:103:2: i32 does not escape
./ken_interbasic.go:105:2: i64 does not escape
./ken_interbasic.go:108:2: u8 does not escape
./ken_interbasic.go:110:2: u16 does not escape
./ken_interbasic.go:112:2: u32 does not escape
./ken_interbasic.go:114:2: u64 does not escape
./ken_interbasic.go:119:8: "fail" escapes to heap
./ken_interbasic.go:124:8: "fail" escapes to heap
./ken_interbasic.go:129:8: "fail" escapes to heap
./ken_interbasic.go:135:8: "fail" escapes to heap
./ken_interbasic.go:140:8: "fail" escapes to heap
./ken_interbasic.go:146:8: "fail" escapes to heap
./ken_interbasic.go:151:8: "fail" escapes to heap
./ken_interbasic.go:156:8: "fail" escapes to heap
./ken_interbasic.go:161:8: "fail" escapes to heap
./ken_interbasic.go:167:8: "fail" escapes to heap
./ken_interbasic.go:172:8: "fail" escapes to heap
./ken_interbasic.go:177:8: "fail" escapes to heap
./ken_interbasic.go:182:8: "fail" escapes to heap
