// Integer verbs: %d %b %o %O-free octal with #, %x %X with and without #,
// %c %q %U on integers, widths, precisions (minimum digits), and the flags
// - + # 0 and space, in every combination that changes the result.
package main

import "fmt"

func main() {
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", 42, 42, 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", -42, -42, -42, -42, -42, -42, -42, -42, -42)
	fmt.Printf("|%d|%+d|% d|%05d|%-05d|\n", 0, 0, 0, 0, 0)
	fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", 7, 7, 7, 7, 0, 1, 0)
	fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", 255, 255, 255, 255, 255, 255, 255, -255, -255)
	fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", 8, 8, 8, 8, -8, 0)
	fmt.Printf("|%b|%#b|%08b|%b|%.4b|\n", 5, 5, 5, -5, 1)
	fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", 65, 0x4e16, 0x1F600, 'x', 'y', -1, 0x110000)
	fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", 'a', '\n', 0x4e16, 0x4e16, 'b', '\'', -1)
	fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", 'A', 'A', 0x1F600, 0x1F600, 'z', 'z', -1)
	fmt.Printf("|%v|%v|%v|%v|%v|\n", int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808), -9223372036854775808)
	fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", uint64(18446744073709551615), uint64(18446744073709551615),
		uint64(18446744073709551615), uint64(18446744073709551615), uint64(18446744073709551615), uint8(255))
	fmt.Printf("|%x|%x|%x|%d|\n", int8(-1), uint8(200), int16(-32768), uintptr(4096))
	fmt.Printf("|%20d|%-20d|%020d|\n", int64(-9223372036854775808), uint64(1<<63), -1)
	fmt.Printf("|% x|% X|%+x|% o|%+o|\n", 3054, 3054, 3054, 8, 8)
	fmt.Printf("|%#.3x|%#8.3o|%+.2d|% .3d|\n", 1, 1, 5, 5)
	fmt.Printf("|%010d|%-010d|%+010d|\n", 123, 123, -123)
	var r rune = 'é'
	var b byte = 'A'
	fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", r, r, r, r, r, r)
	fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", b, b, b, b, b, b)
}
