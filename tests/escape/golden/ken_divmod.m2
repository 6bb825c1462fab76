./ken_divmod.go:56:8: "fail" escapes to heap:
./ken_divmod.go:56:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:56:8:     from "fail" (spill) at ./ken_divmod.go:56:8
./ken_divmod.go:56:8:     from panic("fail") (call parameter) at ./ken_divmod.go:56:8
./ken_divmod.go:60:8: "fail" escapes to heap:
./ken_divmod.go:60:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:60:8:     from "fail" (spill) at ./ken_divmod.go:60:8
./ken_divmod.go:60:8:     from panic("fail") (call parameter) at ./ken_divmod.go:60:8
./ken_divmod.go:64:8: "fail" escapes to heap:
./ken_divmod.go:64:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:64:8:     from "fail" (spill) at ./ken_divmod.go:64:8
./ken_divmod.go:64:8:     from panic("fail") (call parameter) at ./ken_divmod.go:64:8
./ken_divmod.go:68:8: "fail" escapes to heap:
./ken_divmod.go:68:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:68:8:     from "fail" (spill) at ./ken_divmod.go:68:8
./ken_divmod.go:68:8:     from panic("fail") (call parameter) at ./ken_divmod.go:68:8
./ken_divmod.go:79:8: "fail" escapes to heap:
./ken_divmod.go:79:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:79:8:     from "fail" (spill) at ./ken_divmod.go:79:8
./ken_divmod.go:79:8:     from panic("fail") (call parameter) at ./ken_divmod.go:79:8
./ken_divmod.go:83:8: "fail" escapes to heap:
./ken_divmod.go:83:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:83:8:     from "fail" (spill) at ./ken_divmod.go:83:8
./ken_divmod.go:83:8:     from panic("fail") (call parameter) at ./ken_divmod.go:83:8
./ken_divmod.go:87:8: "fail" escapes to heap:
./ken_divmod.go:87:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:87:8:     from "fail" (spill) at ./ken_divmod.go:87:8
./ken_divmod.go:87:8:     from panic("fail") (call parameter) at ./ken_divmod.go:87:8
./ken_divmod.go:91:8: "fail" escapes to heap:
./ken_divmod.go:91:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:91:8:     from "fail" (spill) at ./ken_divmod.go:91:8
./ken_divmod.go:91:8:     from panic("fail") (call parameter) at ./ken_divmod.go:91:8
./ken_divmod.go:102:8: "fail" escapes to heap:
./ken_divmod.go:102:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:102:8:     from "fail" (spill) at ./ken_divmod.go:102:8
./ken_divmod.go:102:8:     from panic("fail") (call parameter) at ./ken_divmod.go:102:8
./ken_divmod.go:106:8: "fail" escapes to heap:
./ken_divmod.go:106:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:106:8:     from "fail" (spill) at ./ken_divmod.go:106:8
./ken_divmod.go:106:8:     from panic("fail") (call parameter) at ./ken_divmod.go:106:8
./ken_divmod.go:110:8: "fail" escapes to heap:
./ken_divmod.go:110:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:110:8:     from "fail" (spill) at ./ken_divmod.go:110:8
./ken_divmod.go:110:8:     from panic("fail") (call parameter) at ./ken_divmod.go:110:8
./ken_divmod.go:114:8: "fail" escapes to heap:
./ken_divmod.go:114:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:114:8:     from "fail" (spill) at ./ken_divmod.go:114:8
./ken_divmod.go:114:8:     from panic("fail") (call parameter) at ./ken_divmod.go:114:8
./ken_divmod.go:125:8: "fail" escapes to heap:
./ken_divmod.go:125:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:125:8:     from "fail" (spill) at ./ken_divmod.go:125:8
./ken_divmod.go:125:8:     from panic("fail") (call parameter) at ./ken_divmod.go:125:8
./ken_divmod.go:129:8: "fail" escapes to heap:
./ken_divmod.go:129:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:129:8:     from "fail" (spill) at ./ken_divmod.go:129:8
./ken_divmod.go:129:8:     from panic("fail") (call parameter) at ./ken_divmod.go:129:8
./ken_divmod.go:133:8: "fail" escapes to heap:
./ken_divmod.go:133:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:133:8:     from "fail" (spill) at ./ken_divmod.go:133:8
./ken_divmod.go:133:8:     from panic("fail") (call parameter) at ./ken_divmod.go:133:8
./ken_divmod.go:137:8: "fail" escapes to heap:
./ken_divmod.go:137:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:137:8:     from "fail" (spill) at ./ken_divmod.go:137:8
./ken_divmod.go:137:8:     from panic("fail") (call parameter) at ./ken_divmod.go:137:8
./ken_divmod.go:148:8: "fail" escapes to heap:
./ken_divmod.go:148:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:148:8:     from "fail" (spill) at ./ken_divmod.go:148:8
./ken_divmod.go:148:8:     from panic("fail") (call parameter) at ./ken_divmod.go:148:8
./ken_divmod.go:152:8: "fail" escapes to heap:
./ken_divmod.go:152:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:152:8:     from "fail" (spill) at ./ken_divmod.go:152:8
./ken_divmod.go:152:8:     from panic("fail") (call parameter) at ./ken_divmod.go:152:8
./ken_divmod.go:156:8: "fail" escapes to heap:
./ken_divmod.go:156:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:156:8:     from "fail" (spill) at ./ken_divmod.go:156:8
./ken_divmod.go:156:8:     from panic("fail") (call parameter) at ./ken_divmod.go:156:8
./ken_divmod.go:160:8: "fail" escapes to heap:
./ken_divmod.go:160:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:160:8:     from "fail" (spill) at ./ken_divmod.go:160:8
./ken_divmod.go:160:8:     from panic("fail") (call parameter) at ./ken_divmod.go:160:8
./ken_divmod.go:165:8: "fail" escapes to heap:
./ken_divmod.go:165:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:165:8:     from "fail" (spill) at ./ken_divmod.go:165:8
./ken_divmod.go:165:8:     from panic("fail") (call parameter) at ./ken_divmod.go:165:8
./ken_divmod.go:169:8: "fail" escapes to heap:
./ken_divmod.go:169:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:169:8:     from "fail" (spill) at ./ken_divmod.go:169:8
./ken_divmod.go:169:8:     from panic("fail") (call parameter) at ./ken_divmod.go:169:8
./ken_divmod.go:173:8: "fail" escapes to heap:
./ken_divmod.go:173:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:173:8:     from "fail" (spill) at ./ken_divmod.go:173:8
./ken_divmod.go:173:8:     from panic("fail") (call parameter) at ./ken_divmod.go:173:8
./ken_divmod.go:177:8: "fail" escapes to heap:
./ken_divmod.go:177:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:177:8:     from "fail" (spill) at ./ken_divmod.go:177:8
./ken_divmod.go:177:8:     from panic("fail") (call parameter) at ./ken_divmod.go:177:8
./ken_divmod.go:182:8: "fail" escapes to heap:
./ken_divmod.go:182:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:182:8:     from "fail" (spill) at ./ken_divmod.go:182:8
./ken_divmod.go:182:8:     from panic("fail") (call parameter) at ./ken_divmod.go:182:8
./ken_divmod.go:186:8: "fail" escapes to heap:
./ken_divmod.go:186:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:186:8:     from "fail" (spill) at ./ken_divmod.go:186:8
./ken_divmod.go:186:8:     from panic("fail") (call parameter) at ./ken_divmod.go:186:8
./ken_divmod.go:190:8: "fail" escapes to heap:
./ken_divmod.go:190:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:190:8:     from "fail" (spill) at ./ken_divmod.go:190:8
./ken_divmod.go:190:8:     from panic("fail") (call parameter) at ./ken_divmod.go:190:8
./ken_divmod.go:194:8: "fail" escapes to heap:
./ken_divmod.go:194:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:194:8:     from "fail" (spill) at ./ken_divmod.go:194:8
./ken_divmod.go:194:8:     from panic("fail") (call parameter) at ./ken_divmod.go:194:8
./ken_divmod.go:203:8: "fail" escapes to heap:
./ken_divmod.go:203:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:203:8:     from "fail" (spill) at ./ken_divmod.go:203:8
./ken_divmod.go:203:8:     from panic("fail") (call parameter) at ./ken_divmod.go:203:8
./ken_divmod.go:212:8: "fail" escapes to heap:
./ken_divmod.go:212:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:212:8:     from "fail" (spill) at ./ken_divmod.go:212:8
./ken_divmod.go:212:8:     from panic("fail") (call parameter) at ./ken_divmod.go:212:8
./ken_divmod.go:221:8: "fail" escapes to heap:
./ken_divmod.go:221:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:221:8:     from "fail" (spill) at ./ken_divmod.go:221:8
./ken_divmod.go:221:8:     from panic("fail") (call parameter) at ./ken_divmod.go:221:8
./ken_divmod.go:230:8: "fail" escapes to heap:
./ken_divmod.go:230:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:230:8:     from "fail" (spill) at ./ken_divmod.go:230:8
./ken_divmod.go:230:8:     from panic("fail") (call parameter) at ./ken_divmod.go:230:8
./ken_divmod.go:239:8: "fail" escapes to heap:
./ken_divmod.go:239:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:239:8:     from "fail" (spill) at ./ken_divmod.go:239:8
./ken_divmod.go:239:8:     from panic("fail") (call parameter) at ./ken_divmod.go:239:8
./ken_divmod.go:243:8: "fail" escapes to heap:
./ken_divmod.go:243:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:243:8:     from "fail" (spill) at ./ken_divmod.go:243:8
./ken_divmod.go:243:8:     from panic("fail") (call parameter) at ./ken_divmod.go:243:8
./ken_divmod.go:247:8: "fail" escapes to heap:
./ken_divmod.go:247:8:   flow: {heap} = &{storage for "fail"}:
./ken_divmod.go:247:8:     from "fail" (spill) at ./ken_divmod.go:247:8
./ken_divmod.go:247:8:     from panic("fail") (call parameter) at ./ken_divmod.go:247:8
./ken_divmod.go:56:8: "fail" escapes to heap
./ken_divmod.go:60:8: "fail" escapes to heap
./ken_divmod.go:64:8: "fail" escapes to heap
./ken_divmod.go:68:8: "fail" escapes to heap
./ken_divmod.go:79:8: "fail" escapes to heap
./ken_divmod.go:83:8: "fail" escapes to heap
./ken_divmod.go:87:8: "fail" escapes to heap
./ken_divmod.go:91:8: "fail" escapes to heap
./ken_divmod.go:102:8: "fail" escapes to heap
./ken_divmod.go:106:8: "fail" escapes to heap
./ken_divmod.go:110:8: "fail" escapes to heap
./ken_divmod.go:114:8: "fail" escapes to heap
./ken_divmod.go:125:8: "fail" escapes to heap
./ken_divmod.go:129:8: "fail" escapes to heap
./ken_divmod.go:133:8: "fail" escapes to heap
./ken_divmod.go:137:8: "fail" escapes to heap
./ken_divmod.go:148:8: "fail" escapes to heap
./ken_divmod.go:152:8: "fail" escapes to heap
./ken_divmod.go:156:8: "fail" escapes to heap
./ken_divmod.go:160:8: "fail" escapes to heap
./ken_divmod.go:165:8: "fail" escapes to heap
./ken_divmod.go:169:8: "fail" escapes to heap
./ken_divmod.go:173:8: "fail" escapes to heap
./ken_divmod.go:177:8: "fail" escapes to heap
./ken_divmod.go:182:8: "fail" escapes to heap
./ken_divmod.go:186:8: "fail" escapes to heap
./ken_divmod.go:190:8: "fail" escapes to heap
./ken_divmod.go:194:8: "fail" escapes to heap
./ken_divmod.go:203:8: "fail" escapes to heap
./ken_divmod.go:212:8: "fail" escapes to heap
./ken_divmod.go:221:8: "fail" escapes to heap
./ken_divmod.go:230:8: "fail" escapes to heap
./ken_divmod.go:239:8: "fail" escapes to heap
./ken_divmod.go:243:8: "fail" escapes to heap
./ken_divmod.go:247:8: "fail" escapes to heap
