Console.WriteLine("entente");
