// fmt's in-band error reports: a verb that does not fit the operand
// (%!d(string=x)), missing operands (%!d(MISSING)), extra operands
// (%!(EXTRA ...)), unknown verbs, and a lone % at the end (%!(NOVERB)).
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f|%e|%g\n", 1, "s", true)
	fmt.Printf("%c|%U|%q\n", 1.5, "s", true)
	fmt.Printf("%x|%X|%o|%b\n", true, false, 1.5, "s")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n")
	fmt.Printf("%s %v %q\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("x\n", "extra", 3, 4.5)
	fmt.Printf("%z %!\n", 5, 6)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%5.2d|%-8q|%08s\n", "s", 1.5, true)
	s := fmt.Sprintf("%d %s", "a", 1)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%!"), fmt.Sprintf("%"), fmt.Sprintf("%-"))
	fmt.Printf("%d %s\n", int8(3), uint16(4))
	fmt.Printf("%t %t\n", "true", 0)
}
