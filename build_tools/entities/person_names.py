"""Given names and family names, general lists across cultures (not from any corpus).

A two- or three-word name with no title or verb of speech is taken for a
person only when one of these lists knows a part of it.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GIVEN_NAMES = _words(
    "Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alexandra Alexei Ali Alice Alicia "
    "Amanda Amy Andrea Andrew Angela Angelina Anna Anne Anthony Antonio Ashley Barack Barbara "
    "Ben Benjamin Bernard Bernie Bill Bob Boris Brad Brian Bruce Carl Carlos Carol Caroline "
    "Catherine Charles Charlie Chris Christian Christina Christine Christopher Claire Claude "
    "Colin Craig Daniel Danielle Dave David Deborah Dennis Diana Donald Doug Douglas Ed Edward "
    "Elizabeth Ellen Emily Emma Emmanuel Eric Erik Fatima Francis Francisco Frank Fred "
    "Gary George Gerald Gordon Greg Gregory Hannah Harold Harry Heather Helen Henry Hillary "
    "Howard Hugh Ian Igor Isaac Ivan Jack Jacob James Jane Janet Jason Jean Jeff Jeffrey "
    "Jennifer Jeremy Jerry Jessica Jim Jimmy Joan Joe Joel John Jonathan Jose Joseph Joshua "
    "Juan Judith Julia Julie Justin Kamala Karen Kate Katherine Keith Kelly Ken Kenneth Kevin "
    "Kim Kirill Larry Laura Lauren Lawrence Leonard Linda Lisa Louis Louise Lucy Luis Mahmoud "
    "Marc Marco Margaret Maria Marie Mark Martin Mary Matt Matthew Melissa Michael Michelle "
    "Mike Mohamed Mohammed Muhammad Nancy Narendra Natalie Nicholas Nick Nicola Nicolas Noel "
    "Olaf Oliver Olivia Pamela Patricia Patrick Paul Paula Pedro Peter Philip Pierre Rachel "
    "Ralph Raymond Rebecca Richard Rishi Rob Robert Roger Ron Ronald Rose Ruth Ryan Sam Samuel "
    "Sandra Sarah Scott Sean Sergei Sharon Shinzo Sophie Stephanie Stephen Steve Steven Susan "
    "Tan Theresa Thomas Tim Timothy Todd Tom Tony Ursula Valerie Victor Victoria Vladimir "
    "Walter Wayne William Xavier Yoshihide Yuki Zachary Joe Kevin Keir Liz Jacinda Justin "
    "Angela Emmanuel Olaf Volodymyr Recep Benjamin Fumio Shigeru Kaoru Hiroshi Takeshi "
    "Akira Kenji Haruki Wei Ming Li Hui Jun Ji Min Hyun Jae Sung Eun Young Raj Rahul Amit "
    "Priya Sanjay Vijay Anil Omar Hassan Hussein Khalid Abdul Yusuf Ibrahim Mustafa Giorgia "
    "Giuseppe Mario Matteo Luca Marco Hans Klaus Jurgen Wolfgang Friedrich Dmitry Mikhail "
    "Alexey Andrei Nikolai Yuri Olga Natalia Svetlana Francois Jacques Michel Philippe "
    "Alain Henri Chen Ana Carmen Javier Miguel Manuel Alberto Fernando Ricardo Jorge Lula "
    "Jair Dilma Gustavo Joaquin Ariel Moshe Avi Yair Naftali Ehud Ehsan Ali Recep Ursula"
)

# More given names, across cultures (general lists of common first names).
GIVEN_NAMES = GIVEN_NAMES | _words(
    "Abigail Agnes Aisha Akiko Alejandro Alfred Alfonso Amir Amira Anders Andre Andreas Andres "
    "Angel Anton Antoine Antonia Arjun Arnold Arthur Astrid Ayesha Barry Beatriz Bernd Bertrand "
    "Beth Betty Bjorn Bo Brenda Bruno Camila Carla Carlo Carmen Cecilia Cesar Chiara Chloe "
    "Christoph Cindy Clara Clarence Claudia Cristina Curtis Dale Dan Dana Darren Dean Debbie "
    "Deepak Denis Derek Diego Dieter Dmitri Dominic Donna Dorothy Duncan Dylan Eduardo Elena "
    "Eli Elias Elif Elijah Elon Emil Emilio Enrique Esther Ethan Eugene Eva Evan Evelyn Fabio "
    "Felipe Felix Fiona Florian Frances Franco Franz Gabriel Gabriela Gareth Gavin Gene Geoff "
    "Geoffrey Gerhard Gianni Gideon Gina Glenn Grace Graham Grant Guillaume Gunther Hamid "
    "Harvey Hassan Hector Heidi Heinz Helmut Herbert Hideki Hilary Hiroko Hugo Ibrahim Ines "
    "Ingrid Irene Isabel Isabella Ivana Jaime Jamal Janice Janine Jared Javier Jay Jean-Claude "
    "Jean-Pierre Jenny Jesse Jesus Jill Joanna Johan Johann Johannes Jon Jordan Jorg Josef "
    "Josh Joyce Juan Julian Julio Jurgen Kai Kamal Karin Karl Kate Kathleen Kathy Katrin Keiko "
    "Ken Kenichi Kerry Kim Kirk Koji Kristin Kumar Kurt Lars Leah Lee Leo Leon Leonardo Lewis "
    "Liam Lily Lindsey Lionel Lorenzo Lori Lucas Lucia Ludwig Luigi Lukas Magnus Mahmoud "
    "Malcolm Manfred Marcel Marcus Margot Mariana Marina Mario Marion Marisa Marta Martha "
    "Masahiro Mason Mateo Mathieu Matthias Maurice Max Maxim Megan Mehmet Mei Mia Miguel Mikko "
    "Milan Miles Miriam Mitch Mitchell Mohammad Monica Morgan Murray Nadia Naomi Nasser Nathan "
    "Neil Nelson Niall Nicole Nigel Nikita Nina Noah Nora Norman Oleg Omar Oscar Owen Pablo "
    "Paolo Pascal Patrice Pavel Pedro Penny Per Phil Phillip Pierre Piotr Rafael Rahul Rajesh "
    "Ramon Randy Raul Reza Rick Rita Roberto Robin Rod Rodrigo Roman Rosa Ross Roy Russell "
    "Ruben Rudy Rupert Said Salman Salvador Sami Samir Sandeep Santiago Sara Sasha Satoshi "
    "Sebastian Sergio Seth Shane Shawn Sheila Shirley Silvia Simon Simone Sofia Sonia Stan "
    "Stefan Stella Stuart Sunil Sven Sylvia Takashi Tamara Tanya Tara Ted Teresa Terry Thierry "
    "Tiffany Tina Tobias Toby Tomas Tony Tracy Travis Trevor Troy Ulrich Valentina Vanessa "
    "Vera Vincent Viktor Virginia Vivian Wang Warren Wendy Werner Wilson Wolfgang Xi Yasmin "
    "Yoshi Yves Yvonne Zoe Zhang Ahmad Anwar Bashar Benazir Bilal Farid Fawad Hamza Imran "
    "Jawad Karim Mahathir Najib Nawaz Rashid Recep Tayyip Vladimir Volodymyr Alexandre "
    "Joao Luiz Marcelo Mauricio Sergey Yevgeny Yulia Hyun-woo Ji-hoon Min-jun Seo-yeon "
    "Narges Shinji Taro Yukio Junichiro Naoto Toshiro Hu Jiang Deng Mao Zhou Kofi Nelson "
    "Thabo Cyril Jacob Goodluck Muhammadu Bola Uhuru William Paul Jerome Janet Mitt Newt "
    "Nikki Ron Chuck Mitch Nancy Kevin Ted Rand Marco Pete Jared Ivanka Melania Kamala Joe"
)

# Common family names across cultures. East Asian names put the family name
# first ("Xi Jinping", "Lee Jae-myung"), so either end of a name can hold one.
SURNAMES = _words(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
    "Jackson White Harris Martin Thompson Robinson Clark Lewis Walker Hall Allen Young King "
    "Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips "
    "Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper "
    "Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett "
    "Gray Hughes Price Sanders Myers Long Ross Foster Bush Clinton Obama Trump Biden Putin "
    "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores "
    "Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Castillo "
    "Silva Santos Oliveira Souza Costa Pereira Ferreira Almeida Carvalho Rossi Russo Ferrari "
    "Esposito Bianchi Romano Colombo Ricci Muller Mueller Schmidt Schneider Fischer Weber "
    "Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schroder Neumann Martin "
    "Bernard Dubois Durand Lefebvre Moreau Laurent Simon Michel Leroy Roux Fournier Ivanov "
    "Smirnov Kuznetsov Popov Petrov Sokolov Volkov Novak Kowalski Nowak Wisniewski Jansen "
    "De Jong Visser Andersson Johansson Karlsson Nilsson Hansen Nielsen Jensen Larsen "
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
    "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Xiao Tian Dong Pan Yuan Cai Jiang Yu "
    "Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Tan Xi Hou Kim Lee Park Choi Jung Jeong Kang "
    "Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son "
    "Bae Baek Heo Nam Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi "
    "Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Abe Kishida "
    "Ishiba Koizumi Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Singh "
    "Kumar Sharma Patel Gupta Shah Khan Ali Ahmed Hussain Rahman Chowdhury Das Reddy Rao "
    "Iyer Nair Modi Gandhi Mehta Joshi Mishra Yadav Hassan Ibrahim Mohammed Abdullah "
    "Erdogan Yilmaz Kaya Demir Sahin Celik Cohen Levi Mizrahi Netanyahu Okafor Okonkwo Mensah"
)

# Organisation words that are also English family names: after a given name
# ("Jim Press", "Tyra Banks", "Emily Post") they end a person's name, not a firm's.
SURNAME_LIKE_ORG_WORDS = _words("Press Banks Post Court Guard")
