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
