./lib_strconv_quote.go:13:81: strconv.IsPrint(r) escapes to heap:
./lib_strconv_quote.go:13:81:   flow: {storage for ... argument} = &{storage for strconv.IsPrint(r)}:
./lib_strconv_quote.go:13:81:     from strconv.IsPrint(r) (spill) at ./lib_strconv_quote.go:13:81
./lib_strconv_quote.go:13:81:     from ... argument (slice-literal-element) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:81:   flow: {heap} = {storage for ... argument}:
./lib_strconv_quote.go:13:81:     from ... argument (spill) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:81:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:61: strconv.QuoteRuneToASCII(r) escapes to heap:
./lib_strconv_quote.go:13:61:   flow: {storage for ... argument} = &{storage for strconv.QuoteRuneToASCII(r)}:
./lib_strconv_quote.go:13:61:     from strconv.QuoteRuneToASCII(r) (spill) at ./lib_strconv_quote.go:13:61
./lib_strconv_quote.go:13:61:     from ... argument (slice-literal-element) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:61:   flow: {heap} = {storage for ... argument}:
./lib_strconv_quote.go:13:61:     from ... argument (spill) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:61:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:32: strconv.QuoteRune(r) escapes to heap:
./lib_strconv_quote.go:13:32:   flow: {storage for ... argument} = &{storage for strconv.QuoteRune(r)}:
./lib_strconv_quote.go:13:32:     from strconv.QuoteRune(r) (spill) at ./lib_strconv_quote.go:13:32
./lib_strconv_quote.go:13:32:     from ... argument (slice-literal-element) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:32:   flow: {heap} = {storage for ... argument}:
./lib_strconv_quote.go:13:32:     from ... argument (spill) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:13:32:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_quote.go:13:14
./lib_strconv_quote.go:10:78: strconv.CanBackquote(s) escapes to heap:
./lib_strconv_quote.go:10:78:   flow: {storage for ... argument} = &{storage for strconv.CanBackquote(s)}:
./lib_strconv_quote.go:10:78:     from strconv.CanBackquote(s) (spill) at ./lib_strconv_quote.go:10:78
./lib_strconv_quote.go:10:78:     from ... argument (slice-literal-element) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:78:   flow: {heap} = {storage for ... argument}:
./lib_strconv_quote.go:10:78:     from ... argument (spill) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:78:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:53: strconv.QuoteToASCII(s) escapes to heap:
./lib_strconv_quote.go:10:53:   flow: {storage for ... argument} = &{storage for strconv.QuoteToASCII(s)}:
./lib_strconv_quote.go:10:53:     from strconv.QuoteToASCII(s) (spill) at ./lib_strconv_quote.go:10:53
./lib_strconv_quote.go:10:53:     from ... argument (slice-literal-element) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:53:   flow: {heap} = {storage for ... argument}:
./lib_strconv_quote.go:10:53:     from ... argument (spill) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:53:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:28: strconv.Quote(s) escapes to heap:
./lib_strconv_quote.go:10:28:   flow: {storage for ... argument} = &{storage for strconv.Quote(s)}:
./lib_strconv_quote.go:10:28:     from strconv.Quote(s) (spill) at ./lib_strconv_quote.go:10:28
./lib_strconv_quote.go:10:28:     from ... argument (slice-literal-element) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:28:   flow: {heap} = {storage for ... argument}:
./lib_strconv_quote.go:10:28:     from ... argument (spill) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_quote.go:10:14
./lib_strconv_quote.go:9:28: []string{...} does not escape
./lib_strconv_quote.go:10:14: ... argument does not escape
./lib_strconv_quote.go:10:28: strconv.Quote(s) escapes to heap
./lib_strconv_quote.go:10:53: strconv.QuoteToASCII(s) escapes to heap
./lib_strconv_quote.go:10:78: strconv.CanBackquote(s) escapes to heap
./lib_strconv_quote.go:12:26: []rune{...} does not escape
./lib_strconv_quote.go:13:14: ... argument does not escape
./lib_strconv_quote.go:13:32: strconv.QuoteRune(r) escapes to heap
./lib_strconv_quote.go:13:61: strconv.QuoteRuneToASCII(r) escapes to heap
./lib_strconv_quote.go:13:81: strconv.IsPrint(r) escapes to heap
