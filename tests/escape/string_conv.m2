./string_conv.go:3:12: s does not escape
./string_conv.go:4:13: ([]byte)(s) does not escape
./string_conv.go:9:15: string(b) escapes to heap:
./string_conv.go:9:15:   flow: ~r0 = &{storage for string(b)}:
./string_conv.go:9:15:     from string(b) (spill) at ./string_conv.go:9:15
./string_conv.go:9:15:     from return string(b) (return) at ./string_conv.go:9:2
./string_conv.go:8:11: b does not escape
./string_conv.go:9:15: string(b) escapes to heap
./string_conv.go:12:12: s does not escape
./string_conv.go:13:13: ([]rune)(s) does not escape
./string_conv.go:17:12: b does not escape
./string_conv.go:18:13: string(b) does not escape
./string_conv.go:23:35: ([]byte)("de") does not escape
./string_conv.go:23:73: ([]byte)("xy") does not escape
