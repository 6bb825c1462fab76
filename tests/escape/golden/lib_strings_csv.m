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
