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
