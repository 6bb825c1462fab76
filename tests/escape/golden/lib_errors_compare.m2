./lib_errors_compare.go:16:18: err == strconv.ErrSyntax escapes to heap:
./lib_errors_compare.go:16:18:   flow: {storage for ... argument} = &{storage for err == strconv.ErrSyntax}:
./lib_errors_compare.go:16:18:     from err == strconv.ErrSyntax (spill) at ./lib_errors_compare.go:16:18
./lib_errors_compare.go:16:18:     from ... argument (slice-literal-element) at ./lib_errors_compare.go:16:13
./lib_errors_compare.go:16:18:   flow: {heap} = {storage for ... argument}:
./lib_errors_compare.go:16:18:     from ... argument (spill) at ./lib_errors_compare.go:16:13
./lib_errors_compare.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_compare.go:16:13
./lib_errors_compare.go:14:44: err != strconv.ErrRange escapes to heap:
./lib_errors_compare.go:14:44:   flow: {storage for ... argument} = &{storage for err != strconv.ErrRange}:
./lib_errors_compare.go:14:44:     from err != strconv.ErrRange (spill) at ./lib_errors_compare.go:14:44
./lib_errors_compare.go:14:44:     from ... argument (slice-literal-element) at ./lib_errors_compare.go:14:13
./lib_errors_compare.go:14:44:   flow: {heap} = {storage for ... argument}:
./lib_errors_compare.go:14:44:     from ... argument (spill) at ./lib_errors_compare.go:14:13
./lib_errors_compare.go:14:44:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_compare.go:14:13
./lib_errors_compare.go:14:18: err == strconv.ErrSyntax escapes to heap:
./lib_errors_compare.go:14:18:   flow: {storage for ... argument} = &{storage for err == strconv.ErrSyntax}:
./lib_errors_compare.go:14:18:     from err == strconv.ErrSyntax (spill) at ./lib_errors_compare.go:14:18
./lib_errors_compare.go:14:18:     from ... argument (slice-literal-element) at ./lib_errors_compare.go:14:13
./lib_errors_compare.go:14:18:   flow: {heap} = {storage for ... argument}:
./lib_errors_compare.go:14:18:     from ... argument (spill) at ./lib_errors_compare.go:14:13
./lib_errors_compare.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_compare.go:14:13
./lib_errors_compare.go:12:27: e1 == e1 escapes to heap:
./lib_errors_compare.go:12:27:   flow: {storage for ... argument} = &{storage for e1 == e1}:
./lib_errors_compare.go:12:27:     from e1 == e1 (spill) at ./lib_errors_compare.go:12:27
./lib_errors_compare.go:12:27:     from ... argument (slice-literal-element) at ./lib_errors_compare.go:12:13
./lib_errors_compare.go:12:27:   flow: {heap} = {storage for ... argument}:
./lib_errors_compare.go:12:27:     from ... argument (spill) at ./lib_errors_compare.go:12:13
./lib_errors_compare.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_compare.go:12:13
./lib_errors_compare.go:12:17: e1 == e2 escapes to heap:
./lib_errors_compare.go:12:17:   flow: {storage for ... argument} = &{storage for e1 == e2}:
./lib_errors_compare.go:12:17:     from e1 == e2 (spill) at ./lib_errors_compare.go:12:17
./lib_errors_compare.go:12:17:     from ... argument (slice-literal-element) at ./lib_errors_compare.go:12:13
./lib_errors_compare.go:12:17:   flow: {heap} = {storage for ... argument}:
./lib_errors_compare.go:12:17:     from ... argument (spill) at ./lib_errors_compare.go:12:13
./lib_errors_compare.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_compare.go:12:13
./lib_errors_compare.go:12:13: ... argument does not escape
./lib_errors_compare.go:12:17: e1 == e2 escapes to heap
./lib_errors_compare.go:12:27: e1 == e1 escapes to heap
./lib_errors_compare.go:14:13: ... argument does not escape
./lib_errors_compare.go:14:18: err == strconv.ErrSyntax escapes to heap
./lib_errors_compare.go:14:44: err != strconv.ErrRange escapes to heap
./lib_errors_compare.go:16:13: ... argument does not escape
./lib_errors_compare.go:16:18: err == strconv.ErrSyntax escapes to heap
