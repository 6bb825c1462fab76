// %t on booleans, %T for every basic type, %v on each type, %% literal
// (which takes no operand, whatever its flags), and one operand under
// several verbs.
package main

import "fmt"

func main() {
	fmt.Printf("|%t|%t|%6t|%-6t|%v|\n", true, false, true, false, true)
	fmt.Printf("%T %T %T %T %T %T\n", true, 1, int8(1), int16(1), int32(1), int64(1))
	fmt.Printf("%T %T %T %T %T %T\n", uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1))
	fmt.Printf("%T %T %T %T %T %T\n", 1.5, float32(1.5), "s", 'r', byte('b'), rune('r'))
	fmt.Printf("|%10T|%-10T|\n", 1, "x")
	fmt.Printf("%v %v %v %v %v\n", true, 42, 4.5, "str", 'c')
	fmt.Printf("100%%|%5%|%-5%|%%d|\n")
	fmt.Printf("no verbs at all\n")
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%s=%d, %s=%t\n", "n", 3, "ok", true)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	var x int = 0x1F600
	fmt.Printf("%d %x %c %q %U %b %o\n", x, x, x, x, x, x, x)
	fmt.Printf("%v|%d|%s\n", uint8(65), uint8(65), fmt.Sprint(uint8(65)))
	fmt.Printf("%5.1f|%-7.3e|%+.2g\n", 2.0, 2.0, 2.0)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%08.3f|%-8.3f|%+08.3f\n", -3.14159, 3.14159, 3.14159)
	fmt.Printf("%x %X\n", "Hello", "Hello")
	fmt.Print(fmt.Sprintf("%d items at %.2f = %.2f\n", 3, 1.5, 3*1.5))
}
