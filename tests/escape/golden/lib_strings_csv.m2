./lib_strings_csv.go:41:72: strings.Repeat("-", 10) escapes to heap:
./lib_strings_csv.go:41:72:   flow: {storage for ... argument} = &{storage for strings.Repeat("-", 10)}:
./lib_strings_csv.go:41:72:     from strings.Repeat("-", 10) (spill) at ./lib_strings_csv.go:41:72
./lib_strings_csv.go:41:72:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:72:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:41:72:     from ... argument (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:72:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:46: strings.TrimSuffix(val, "s") escapes to heap:
./lib_strings_csv.go:41:46:   flow: {storage for ... argument} = &{storage for strings.TrimSuffix(val, "s")}:
./lib_strings_csv.go:41:46:     from strings.TrimSuffix(val, "s") (spill) at ./lib_strings_csv.go:41:46
./lib_strings_csv.go:41:46:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:46:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:41:46:     from ... argument (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:46:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13: ok escapes to heap:
./lib_strings_csv.go:41:13:   flow: {storage for ... argument} = &{storage for ok}:
./lib_strings_csv.go:41:13:     from ok (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:41:13:     from ... argument (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13: val escapes to heap:
./lib_strings_csv.go:41:13:   flow: {storage for ... argument} = &{storage for val}:
./lib_strings_csv.go:41:13:     from val (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:41:13:     from ... argument (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13: key escapes to heap:
./lib_strings_csv.go:41:13:   flow: {storage for ... argument} = &{storage for key}:
./lib_strings_csv.go:41:13:     from key (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:41:13:     from ... argument (spill) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:41:13
./lib_strings_csv.go:39:97: strings.LastIndex(data, "Rome") escapes to heap:
./lib_strings_csv.go:39:97:   flow: {storage for ... argument} = &{storage for strings.LastIndex(data, "Rome")}:
./lib_strings_csv.go:39:97:     from strings.LastIndex(data, "Rome") (spill) at ./lib_strings_csv.go:39:97
./lib_strings_csv.go:39:97:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:97:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:39:97:     from ... argument (spill) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:97:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:67: strings.Count(data, ",") escapes to heap:
./lib_strings_csv.go:39:67:   flow: {storage for ... argument} = &{storage for strings.Count(data, ",")}:
./lib_strings_csv.go:39:67:     from strings.Count(data, ",") (spill) at ./lib_strings_csv.go:39:67
./lib_strings_csv.go:39:67:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:67:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:39:67:     from ... argument (spill) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:67:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:33: strconv.FormatFloat(total, 'f', 3, 64) escapes to heap:
./lib_strings_csv.go:39:33:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(total, 'f', 3, 64)}:
./lib_strings_csv.go:39:33:     from strconv.FormatFloat(total, 'f', 3, 64) (spill) at ./lib_strings_csv.go:39:33
./lib_strings_csv.go:39:33:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:39:33:     from ... argument (spill) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:39:33:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:39:13
./lib_strings_csv.go:37:88: strings.Contains(strings.ToLower(fields[2]), "r") escapes to heap:
./lib_strings_csv.go:37:88:   flow: {storage for ... argument} = &{storage for strings.Contains(strings.ToLower(fields[2]), "r")}:
./lib_strings_csv.go:37:88:     from strings.Contains(strings.ToLower(fields[2]), "r") (spill) at ./lib_strings_csv.go:37:88
./lib_strings_csv.go:37:88:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:88:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:37:88:     from ... argument (spill) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:88:     from fmt.Printf("%-6s %3d %-10q %6.2f %v\n", ... argument...) (call parameter) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:60: score escapes to heap:
./lib_strings_csv.go:37:60:   flow: {storage for ... argument} = &{storage for score}:
./lib_strings_csv.go:37:60:     from score (spill) at ./lib_strings_csv.go:37:60
./lib_strings_csv.go:37:60:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:60:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:37:60:     from ... argument (spill) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:60:     from fmt.Printf("%-6s %3d %-10q %6.2f %v\n", ... argument...) (call parameter) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:60: fields[2] escapes to heap:
./lib_strings_csv.go:37:60:   flow: {storage for ... argument} = &{storage for fields[2]}:
./lib_strings_csv.go:37:60:     from fields[2] (spill) at ./lib_strings_csv.go:37:60
./lib_strings_csv.go:37:60:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:60:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:37:60:     from ... argument (spill) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:60:     from fmt.Printf("%-6s %3d %-10q %6.2f %v\n", ... argument...) (call parameter) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:14: age escapes to heap:
./lib_strings_csv.go:37:14:   flow: {storage for ... argument} = &{storage for age}:
./lib_strings_csv.go:37:14:     from age (spill) at ./lib_strings_csv.go:37:14
./lib_strings_csv.go:37:14:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:14:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:37:14:     from ... argument (spill) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:14:     from fmt.Printf("%-6s %3d %-10q %6.2f %v\n", ... argument...) (call parameter) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:14: name escapes to heap:
./lib_strings_csv.go:37:14:   flow: {storage for ... argument} = &{storage for name}:
./lib_strings_csv.go:37:14:     from name (spill) at ./lib_strings_csv.go:37:14
./lib_strings_csv.go:37:14:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:14:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:37:14:     from ... argument (spill) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:37:14:     from fmt.Printf("%-6s %3d %-10q %6.2f %v\n", ... argument...) (call parameter) at ./lib_strings_csv.go:37:13
./lib_strings_csv.go:31:16: "bad row:" escapes to heap:
./lib_strings_csv.go:31:16:   flow: {storage for ... argument} = &{storage for "bad row:"}:
./lib_strings_csv.go:31:16:     from "bad row:" (spill) at ./lib_strings_csv.go:31:16
./lib_strings_csv.go:31:16:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:31:15
./lib_strings_csv.go:31:16:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:31:16:     from ... argument (spill) at ./lib_strings_csv.go:31:15
./lib_strings_csv.go:31:16:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:31:15
./lib_strings_csv.go:22:26: strings.Join(header, " | ") escapes to heap:
./lib_strings_csv.go:22:26:   flow: {storage for ... argument} = &{storage for strings.Join(header, " | ")}:
./lib_strings_csv.go:22:26:     from strings.Join(header, " | ") (spill) at ./lib_strings_csv.go:22:26
./lib_strings_csv.go:22:26:     from ... argument (slice-literal-element) at ./lib_strings_csv.go:22:13
./lib_strings_csv.go:22:26:   flow: {heap} = {storage for ... argument}:
./lib_strings_csv.go:22:26:     from ... argument (spill) at ./lib_strings_csv.go:22:13
./lib_strings_csv.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_csv.go:22:13
./lib_strings_csv.go:36:42: strings.ToUpper(fields[0][:1]) + strings.ToLower(fields[0][1:]) escapes to heap:
./lib_strings_csv.go:36:42:   flow: name = &{storage for strings.ToUpper(fields[0][:1]) + strings.ToLower(fields[0][1:])}:
./lib_strings_csv.go:36:42:     from strings.ToUpper(fields[0][:1]) + strings.ToLower(fields[0][1:]) (spill) at ./lib_strings_csv.go:36:42
./lib_strings_csv.go:36:42:     from name := strings.ToUpper(fields[0][:1]) + strings.ToLower(fields[0][1:]) (assign) at ./lib_strings_csv.go:36:8
./lib_strings_csv.go:36:42:   flow: {storage for name} = name:
./lib_strings_csv.go:36:42:     from name (interface-converted) at ./lib_strings_csv.go:37:14
./lib_strings_csv.go:22:13: ... argument does not escape
./lib_strings_csv.go:22:26: strings.Join(header, " | ") escapes to heap
./lib_strings_csv.go:31:15: ... argument does not escape
./lib_strings_csv.go:31:16: "bad row:" escapes to heap
./lib_strings_csv.go:36:42: strings.ToUpper(fields[0][:1]) + strings.ToLower(fields[0][1:]) escapes to heap
./lib_strings_csv.go:37:13: ... argument does not escape
./lib_strings_csv.go:37:14: name escapes to heap
./lib_strings_csv.go:37:14: age escapes to heap
./lib_strings_csv.go:37:60: fields[2] escapes to heap
./lib_strings_csv.go:37:60: score escapes to heap
./lib_strings_csv.go:37:88: strings.Contains(strings.ToLower(fields[2]), "r") escapes to heap
./lib_strings_csv.go:39:13: ... argument does not escape
./lib_strings_csv.go:39:33: strconv.FormatFloat(total, 'f', 3, 64) escapes to heap
./lib_strings_csv.go:39:67: strings.Count(data, ",") escapes to heap
./lib_strings_csv.go:39:97: strings.LastIndex(data, "Rome") escapes to heap
./lib_strings_csv.go:41:13: ... argument does not escape
./lib_strings_csv.go:41:13: key escapes to heap
./lib_strings_csv.go:41:13: val escapes to heap
./lib_strings_csv.go:41:13: ok escapes to heap
./lib_strings_csv.go:41:46: strings.TrimSuffix(val, "s") escapes to heap
./lib_strings_csv.go:41:72: strings.Repeat("-", 10) escapes to heap
