package main

import "fmt"

func main() {
	var n int
	fmt.Print("how many? ")
	fmt.Scan(&n)
	total := 0.0
	for i := 0; i < n; i++ {
		var x float64
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("err", err)
			return
		}
		total += x
	}
	var name string
	c, err := fmt.Scanln(&name)
	fmt.Println(c, err, name)
	c, err = fmt.Scanln(&name)
	fmt.Println(c, err, name)
	var a, b int
	c, err = fmt.Scanf("%d,%d\n", &a, &b)
	fmt.Println(c, err, a, b)
	fmt.Printf("total %.2f\n", total)
	c, err = fmt.Scan(&a)
	fmt.Println(c, err)
}
