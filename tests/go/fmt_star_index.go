// Widths and precisions taken from operands (*), explicit operand indexes
// ([n]), and their error forms %!(BADWIDTH), %!(BADPREC), %!d(BADINDEX).
package main

import "fmt"

func main() {
	fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", 5, 42, 5, 42, 2, 3.14159, 8, 3, 3.14159)
	fmt.Printf("|%*d|\n", -5, 42)
	fmt.Printf("|%.*d|%*d|\n", 3)
	fmt.Printf("|%*d|%.*d|\n", "w", 1, "p", 2)
	fmt.Printf("|%*d|\n", 10000000, 1)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d %[2]*[1]d\n", 7, 3)
}
