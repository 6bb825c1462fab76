./lib_strings_case.go:13:61: strings.Title("3rd place") escapes to heap:
./lib_strings_case.go:13:61:   flow: {storage for ... argument} = &{storage for strings.Title("3rd place")}:
./lib_strings_case.go:13:61:     from strings.Title("3rd place") (spill) at ./lib_strings_case.go:13:61
./lib_strings_case.go:13:61:     from ... argument (slice-literal-element) at ./lib_strings_case.go:13:13
./lib_strings_case.go:13:61:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:13:61:     from ... argument (spill) at ./lib_strings_case.go:13:13
./lib_strings_case.go:13:61:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_case.go:13:13
./lib_strings_case.go:13:27: strings.Title("x.y,z;a b\tc\nd") escapes to heap:
./lib_strings_case.go:13:27:   flow: {storage for ... argument} = &{storage for strings.Title("x.y,z;a b\tc\nd")}:
./lib_strings_case.go:13:27:     from strings.Title("x.y,z;a b\tc\nd") (spill) at ./lib_strings_case.go:13:27
./lib_strings_case.go:13:27:     from ... argument (slice-literal-element) at ./lib_strings_case.go:13:13
./lib_strings_case.go:13:27:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:13:27:     from ... argument (spill) at ./lib_strings_case.go:13:13
./lib_strings_case.go:13:27:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_case.go:13:13
./lib_strings_case.go:12:103: strings.Title("ünicode éléphant") escapes to heap:
./lib_strings_case.go:12:103:   flow: {storage for ... argument} = &{storage for strings.Title("ünicode éléphant")}:
./lib_strings_case.go:12:103:     from strings.Title("ünicode éléphant") (spill) at ./lib_strings_case.go:12:103
./lib_strings_case.go:12:103:     from ... argument (slice-literal-element) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:103:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:12:103:     from ... argument (spill) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:103:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:64: strings.Title("loud_noises and-such") escapes to heap:
./lib_strings_case.go:12:64:   flow: {storage for ... argument} = &{storage for strings.Title("loud_noises and-such")}:
./lib_strings_case.go:12:64:     from strings.Title("loud_noises and-such") (spill) at ./lib_strings_case.go:12:64
./lib_strings_case.go:12:64:     from ... argument (slice-literal-element) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:64:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:12:64:     from ... argument (spill) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:64:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:27: strings.Title("her royal highness") escapes to heap:
./lib_strings_case.go:12:27:   flow: {storage for ... argument} = &{storage for strings.Title("her royal highness")}:
./lib_strings_case.go:12:27:     from strings.Title("her royal highness") (spill) at ./lib_strings_case.go:12:27
./lib_strings_case.go:12:27:     from ... argument (slice-literal-element) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:27:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:12:27:     from ... argument (spill) at ./lib_strings_case.go:12:13
./lib_strings_case.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_case.go:12:13
./lib_strings_case.go:10:104: strings.Title(s) escapes to heap:
./lib_strings_case.go:10:104:   flow: {storage for ... argument} = &{storage for strings.Title(s)}:
./lib_strings_case.go:10:104:     from strings.Title(s) (spill) at ./lib_strings_case.go:10:104
./lib_strings_case.go:10:104:     from ... argument (slice-literal-element) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:104:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:10:104:     from ... argument (spill) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:104:     from fmt.Printf("%q %q %q %q\n", ... argument...) (call parameter) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:86: strings.ToTitle(s) escapes to heap:
./lib_strings_case.go:10:86:   flow: {storage for ... argument} = &{storage for strings.ToTitle(s)}:
./lib_strings_case.go:10:86:     from strings.ToTitle(s) (spill) at ./lib_strings_case.go:10:86
./lib_strings_case.go:10:86:     from ... argument (slice-literal-element) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:86:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:10:86:     from ... argument (spill) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:86:     from fmt.Printf("%q %q %q %q\n", ... argument...) (call parameter) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:66: strings.ToLower(s) escapes to heap:
./lib_strings_case.go:10:66:   flow: {storage for ... argument} = &{storage for strings.ToLower(s)}:
./lib_strings_case.go:10:66:     from strings.ToLower(s) (spill) at ./lib_strings_case.go:10:66
./lib_strings_case.go:10:66:     from ... argument (slice-literal-element) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:66:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:10:66:     from ... argument (spill) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:66:     from fmt.Printf("%q %q %q %q\n", ... argument...) (call parameter) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:46: strings.ToUpper(s) escapes to heap:
./lib_strings_case.go:10:46:   flow: {storage for ... argument} = &{storage for strings.ToUpper(s)}:
./lib_strings_case.go:10:46:     from strings.ToUpper(s) (spill) at ./lib_strings_case.go:10:46
./lib_strings_case.go:10:46:     from ... argument (slice-literal-element) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:46:   flow: {heap} = {storage for ... argument}:
./lib_strings_case.go:10:46:     from ... argument (spill) at ./lib_strings_case.go:10:13
./lib_strings_case.go:10:46:     from fmt.Printf("%q %q %q %q\n", ... argument...) (call parameter) at ./lib_strings_case.go:10:13
./lib_strings_case.go:9:28: []string{...} does not escape
./lib_strings_case.go:10:13: ... argument does not escape
./lib_strings_case.go:10:46: strings.ToUpper(s) escapes to heap
./lib_strings_case.go:10:66: strings.ToLower(s) escapes to heap
./lib_strings_case.go:10:86: strings.ToTitle(s) escapes to heap
./lib_strings_case.go:10:104: strings.Title(s) escapes to heap
./lib_strings_case.go:12:13: ... argument does not escape
./lib_strings_case.go:12:27: strings.Title("her royal highness") escapes to heap
./lib_strings_case.go:12:64: strings.Title("loud_noises and-such") escapes to heap
./lib_strings_case.go:12:103: strings.Title("ünicode éléphant") escapes to heap
./lib_strings_case.go:13:13: ... argument does not escape
./lib_strings_case.go:13:27: strings.Title("x.y,z;a b\tc\nd") escapes to heap
./lib_strings_case.go:13:61: strings.Title("3rd place") escapes to heap
