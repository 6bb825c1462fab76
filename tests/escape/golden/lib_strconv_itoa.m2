./lib_strconv_itoa.go:21:21: strconv.IntSize escapes to heap:
./lib_strconv_itoa.go:21:21:   flow: {storage for ... argument} = &{storage for strconv.IntSize}:
./lib_strconv_itoa.go:21:21:     from strconv.IntSize (spill) at ./lib_strconv_itoa.go:21:21
./lib_strconv_itoa.go:21:21:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:21:13
./lib_strconv_itoa.go:21:21:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:21:21:     from ... argument (spill) at ./lib_strconv_itoa.go:21:13
./lib_strconv_itoa.go:21:21:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:21:13
./lib_strconv_itoa.go:20:20: string(b) escapes to heap:
./lib_strconv_itoa.go:20:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./lib_strconv_itoa.go:20:20:     from string(b) (spill) at ./lib_strconv_itoa.go:20:20
./lib_strconv_itoa.go:20:20:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:20:13
./lib_strconv_itoa.go:20:20:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:20:20:     from ... argument (spill) at ./lib_strconv_itoa.go:20:13
./lib_strconv_itoa.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:20:13
./lib_strconv_itoa.go:18:20: string(b) escapes to heap:
./lib_strconv_itoa.go:18:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./lib_strconv_itoa.go:18:20:     from string(b) (spill) at ./lib_strconv_itoa.go:18:20
./lib_strconv_itoa.go:18:20:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:18:13
./lib_strconv_itoa.go:18:20:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:18:20:     from ... argument (spill) at ./lib_strconv_itoa.go:18:13
./lib_strconv_itoa.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:18:13
./lib_strconv_itoa.go:14:58: strconv.FormatBool(false) escapes to heap:
./lib_strconv_itoa.go:14:58:   flow: {storage for ... argument} = &{storage for strconv.FormatBool(false)}:
./lib_strconv_itoa.go:14:58:     from strconv.FormatBool(false) (spill) at ./lib_strconv_itoa.go:14:58
./lib_strconv_itoa.go:14:58:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:14:13
./lib_strconv_itoa.go:14:58:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:14:58:     from ... argument (spill) at ./lib_strconv_itoa.go:14:13
./lib_strconv_itoa.go:14:58:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:14:13
./lib_strconv_itoa.go:14:32: strconv.FormatBool(true) escapes to heap:
./lib_strconv_itoa.go:14:32:   flow: {storage for ... argument} = &{storage for strconv.FormatBool(true)}:
./lib_strconv_itoa.go:14:32:     from strconv.FormatBool(true) (spill) at ./lib_strconv_itoa.go:14:32
./lib_strconv_itoa.go:14:32:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:14:13
./lib_strconv_itoa.go:14:32:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:14:32:     from ... argument (spill) at ./lib_strconv_itoa.go:14:13
./lib_strconv_itoa.go:14:32:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:14:13
./lib_strconv_itoa.go:13:111: strconv.FormatUint(255, 16) escapes to heap:
./lib_strconv_itoa.go:13:111:   flow: {storage for ... argument} = &{storage for strconv.FormatUint(255, 16)}:
./lib_strconv_itoa.go:13:111:     from strconv.FormatUint(255, 16) (spill) at ./lib_strconv_itoa.go:13:111
./lib_strconv_itoa.go:13:111:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:111:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:13:111:     from ... argument (spill) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:111:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:72: strconv.FormatUint(math.MaxUint64, 2) escapes to heap:
./lib_strconv_itoa.go:13:72:   flow: {storage for ... argument} = &{storage for strconv.FormatUint(math.MaxUint64, 2)}:
./lib_strconv_itoa.go:13:72:     from strconv.FormatUint(math.MaxUint64, 2) (spill) at ./lib_strconv_itoa.go:13:72
./lib_strconv_itoa.go:13:72:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:72:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:13:72:     from ... argument (spill) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:72:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:32: strconv.FormatUint(math.MaxUint64, 10) escapes to heap:
./lib_strconv_itoa.go:13:32:   flow: {storage for ... argument} = &{storage for strconv.FormatUint(math.MaxUint64, 10)}:
./lib_strconv_itoa.go:13:32:     from strconv.FormatUint(math.MaxUint64, 10) (spill) at ./lib_strconv_itoa.go:13:32
./lib_strconv_itoa.go:13:32:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:32:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:13:32:     from ... argument (spill) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:13:32:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:13:13
./lib_strconv_itoa.go:11:131: strconv.FormatInt(i, 7) escapes to heap:
./lib_strconv_itoa.go:11:131:   flow: {storage for ... argument} = &{storage for strconv.FormatInt(i, 7)}:
./lib_strconv_itoa.go:11:131:     from strconv.FormatInt(i, 7) (spill) at ./lib_strconv_itoa.go:11:131
./lib_strconv_itoa.go:11:131:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:131:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:11:131:     from ... argument (spill) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:131:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:105: strconv.FormatInt(i, 36) escapes to heap:
./lib_strconv_itoa.go:11:105:   flow: {storage for ... argument} = &{storage for strconv.FormatInt(i, 36)}:
./lib_strconv_itoa.go:11:105:     from strconv.FormatInt(i, 36) (spill) at ./lib_strconv_itoa.go:11:105
./lib_strconv_itoa.go:11:105:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:105:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:11:105:     from ... argument (spill) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:105:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:79: strconv.FormatInt(i, 16) escapes to heap:
./lib_strconv_itoa.go:11:79:   flow: {storage for ... argument} = &{storage for strconv.FormatInt(i, 16)}:
./lib_strconv_itoa.go:11:79:     from strconv.FormatInt(i, 16) (spill) at ./lib_strconv_itoa.go:11:79
./lib_strconv_itoa.go:11:79:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:79:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:11:79:     from ... argument (spill) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:79:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:54: strconv.FormatInt(i, 2) escapes to heap:
./lib_strconv_itoa.go:11:54:   flow: {storage for ... argument} = &{storage for strconv.FormatInt(i, 2)}:
./lib_strconv_itoa.go:11:54:     from strconv.FormatInt(i, 2) (spill) at ./lib_strconv_itoa.go:11:54
./lib_strconv_itoa.go:11:54:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:54:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:11:54:     from ... argument (spill) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:54:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:27: strconv.Itoa(int(i)) escapes to heap:
./lib_strconv_itoa.go:11:27:   flow: {storage for ... argument} = &{storage for strconv.Itoa(int(i))}:
./lib_strconv_itoa.go:11:27:     from strconv.Itoa(int(i)) (spill) at ./lib_strconv_itoa.go:11:27
./lib_strconv_itoa.go:11:27:     from ... argument (slice-literal-element) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:27:   flow: {heap} = {storage for ... argument}:
./lib_strconv_itoa.go:11:27:     from ... argument (spill) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_itoa.go:11:14
./lib_strconv_itoa.go:20:20: string(b) escapes to heap:
./lib_strconv_itoa.go:20:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./lib_strconv_itoa.go:20:20:     from string(b) (spill) at ./lib_strconv_itoa.go:20:20
./lib_strconv_itoa.go:20:20:     from string(b) (interface-converted) at ./lib_strconv_itoa.go:20:20
./lib_strconv_itoa.go:18:20: string(b) escapes to heap:
./lib_strconv_itoa.go:18:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./lib_strconv_itoa.go:18:20:     from string(b) (spill) at ./lib_strconv_itoa.go:18:20
./lib_strconv_itoa.go:18:20:     from string(b) (interface-converted) at ./lib_strconv_itoa.go:18:20
./lib_strconv_itoa.go:10:27: []int64{...} does not escape
./lib_strconv_itoa.go:11:14: ... argument does not escape
./lib_strconv_itoa.go:11:27: strconv.Itoa(int(i)) escapes to heap
./lib_strconv_itoa.go:11:54: strconv.FormatInt(i, 2) escapes to heap
./lib_strconv_itoa.go:11:79: strconv.FormatInt(i, 16) escapes to heap
./lib_strconv_itoa.go:11:105: strconv.FormatInt(i, 36) escapes to heap
./lib_strconv_itoa.go:11:131: strconv.FormatInt(i, 7) escapes to heap
./lib_strconv_itoa.go:13:13: ... argument does not escape
./lib_strconv_itoa.go:13:32: strconv.FormatUint(math.MaxUint64, 10) escapes to heap
./lib_strconv_itoa.go:13:72: strconv.FormatUint(math.MaxUint64, 2) escapes to heap
./lib_strconv_itoa.go:13:111: strconv.FormatUint(255, 16) escapes to heap
./lib_strconv_itoa.go:14:13: ... argument does not escape
./lib_strconv_itoa.go:14:32: strconv.FormatBool(true) escapes to heap
./lib_strconv_itoa.go:14:58: strconv.FormatBool(false) escapes to heap
./lib_strconv_itoa.go:15:13: ([]byte)("int:") does not escape
./lib_strconv_itoa.go:18:13: ... argument does not escape
./lib_strconv_itoa.go:18:20: string(b) escapes to heap
./lib_strconv_itoa.go:18:20: string(b) escapes to heap
./lib_strconv_itoa.go:19:32: ([]byte)("q:") does not escape
./lib_strconv_itoa.go:20:13: ... argument does not escape
./lib_strconv_itoa.go:20:20: string(b) escapes to heap
./lib_strconv_itoa.go:20:20: string(b) escapes to heap
./lib_strconv_itoa.go:21:13: ... argument does not escape
./lib_strconv_itoa.go:21:21: strconv.IntSize escapes to heap
